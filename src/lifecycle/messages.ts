import type { MessageCatalog } from '../result/index.js';
import type { LifecycleError, MachineFeature } from './errors.js';

const featureNames: Readonly<Record<'en' | 'fr', Readonly<Record<MachineFeature, string>>>> = {
  en: {
    no_states: 'has no states',
    nested_states: 'has nested states',
    parallel_states: 'is a parallel state',
    history_states: 'is a history state',
    eventless_transitions: "has eventless transitions ('always')",
    delayed_transitions: "has delayed transitions ('after')",
    invoked_actors: "invokes actors ('invoke')",
    done_transitions: "has 'onDone' transitions",
    root_transitions: "has transitions on the machine itself (root 'on')",
    final_state_transitions: 'is final but has transitions',
    wildcard_events: "has a wildcard event descriptor ('*')",
    multiple_targets: 'has a transition with several targets',
    foreign_target: 'has a transition to a state that is not a top-level state',
  },
  fr: {
    no_states: "n'a aucun état",
    nested_states: 'a des états imbriqués',
    parallel_states: 'est un état parallèle',
    history_states: "est un état d'historique",
    eventless_transitions: "a des transitions sans événement ('always')",
    delayed_transitions: "a des transitions différées ('after')",
    invoked_actors: "invoque des acteurs ('invoke')",
    done_transitions: "a des transitions 'onDone'",
    root_transitions: "a des transitions sur la machine elle-même ('on' à la racine)",
    final_state_transitions: 'est final mais a des transitions',
    wildcard_events: "a un descripteur d'événement générique ('*')",
    multiple_targets: 'a une transition vers plusieurs cibles',
    foreign_target: "a une transition vers un état qui n'est pas de premier niveau",
  },
};

/** English and French messages for every {@link LifecycleError} code. */
export const lifecycleMessages: MessageCatalog<LifecycleError> = {
  'lifecycle/machine_unsupported': {
    en: (e) =>
      `Machine "${e.machineId}" cannot be compiled to a transition table: state node "${e.stateNode}" ${featureNames.en[e.feature]}. Keep lifecycle machines flat: top-level states with event transitions to one target.`,
    fr: (e) =>
      `La machine « ${e.machineId} » ne peut pas être compilée en table de transitions : le nœud « ${e.stateNode} » ${featureNames.fr[e.feature]}. Gardez les machines de cycle de vie à plat : des états de premier niveau et des transitions sur événement vers une seule cible.`,
  },
  'lifecycle/guard_unknown': {
    en: (e) =>
      `Machine "${e.machineId}": the transition on "${e.event}" from "${e.state}" uses guard "${e.guard}", which is not implemented. Add it to setup({ guards }) or fix its name.`,
    fr: (e) =>
      `Machine « ${e.machineId} » : la transition sur « ${e.event} » depuis « ${e.state} » utilise la garde « ${e.guard} », qui n'est pas implémentée. Ajoutez-la à setup({ guards }) ou corrigez son nom.`,
  },
  'lifecycle/guard_unsupported': {
    en: (e) =>
      `Machine "${e.machineId}": the transition on "${e.event}" from "${e.state}" uses guard "${e.guard}", which the compiled table cannot evaluate (and, or, not, stateIn, or aliases too deep). Write the combination as one named pure guard.`,
    fr: (e) =>
      `Machine « ${e.machineId} » : la transition sur « ${e.event} » depuis « ${e.state} » utilise la garde « ${e.guard} », que la table compilée ne sait pas évaluer (and, or, not, stateIn, ou alias trop profonds). Écrivez la combinaison comme une seule garde pure nommée.`,
  },
  'lifecycle/table_frozen': {
    en: (e) =>
      `The transition table of machine "${e.machineId}" is frozen and cannot be changed. Change the machine definition and compile it again.`,
    fr: (e) =>
      `La table de transitions de la machine « ${e.machineId} » est figée et ne peut pas être modifiée. Modifiez la définition de la machine et compilez-la à nouveau.`,
  },
};
