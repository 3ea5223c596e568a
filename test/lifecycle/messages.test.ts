import { describe, expect, it } from 'vitest';
import { formatError, type LifecycleError } from '../../src/index.js';

const cases: readonly [LifecycleError, string, string][] = [
  [
    {
      code: 'lifecycle/machine_unsupported',
      machineId: 'order',
      stateNode: 'order.created',
      feature: 'delayed_transitions',
    },
    `Machine "order" cannot be compiled to a transition table: state node "order.created" has delayed transitions ('after'). Keep lifecycle machines flat: top-level states with event transitions to one target.`,
    `La machine « order » ne peut pas être compilée en table de transitions : le nœud « order.created » a des transitions différées ('after'). Gardez les machines de cycle de vie à plat : des états de premier niveau et des transitions sur événement vers une seule cible.`,
  ],
  [
    {
      code: 'lifecycle/guard_unknown',
      machineId: 'order',
      state: 'delivered',
      event: 'order.closed',
      guard: 'noOpenReturns',
    },
    'Machine "order": the transition on "order.closed" from "delivered" uses guard "noOpenReturns", which is not implemented. Add it to setup({ guards }) or fix its name.',
    "Machine « order » : la transition sur « order.closed » depuis « delivered » utilise la garde « noOpenReturns », qui n'est pas implémentée. Ajoutez-la à setup({ guards }) ou corrigez son nom.",
  ],
  [
    {
      code: 'lifecycle/guard_unsupported',
      machineId: 'door',
      state: 'closed',
      event: 'open',
      guard: 'not',
    },
    'Machine "door": the transition on "open" from "closed" uses guard "not", which the compiled table cannot evaluate (and, or, not, stateIn, or aliases too deep). Write the combination as one named pure guard.',
    'Machine « door » : la transition sur « open » depuis « closed » utilise la garde « not », que la table compilée ne sait pas évaluer (and, or, not, stateIn, ou alias trop profonds). Écrivez la combinaison comme une seule garde pure nommée.',
  ],
  [
    { code: 'lifecycle/table_frozen', machineId: 'parcel' },
    'The transition table of machine "parcel" is frozen and cannot be changed. Change the machine definition and compile it again.',
    'La table de transitions de la machine « parcel » est figée et ne peut pas être modifiée. Modifiez la définition de la machine et compilez-la à nouveau.',
  ],
];

describe('lifecycle messages', () => {
  it.each(cases)('renders %o in English and French', (error, en, fr) => {
    expect(formatError(error, 'en')).toBe(en);
    expect(formatError(error, 'fr')).toBe(fr);
  });

  it('words every unsupported feature in both languages', () => {
    const features = [
      'no_states',
      'nested_states',
      'parallel_states',
      'history_states',
      'eventless_transitions',
      'delayed_transitions',
      'invoked_actors',
      'done_transitions',
      'root_transitions',
      'final_state_transitions',
      'wildcard_events',
      'multiple_targets',
      'foreign_target',
    ] as const;
    for (const locale of ['en', 'fr'] as const) {
      const texts = features.map((feature) =>
        formatError(
          { code: 'lifecycle/machine_unsupported', machineId: 'm', stateNode: 'm.a', feature },
          locale,
        ),
      );
      expect(new Set(texts).size).toBe(features.length);
      for (const text of texts) expect(text).not.toContain('undefined');
    }
  });
});
