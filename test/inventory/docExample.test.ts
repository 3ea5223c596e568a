import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import {
  applyStock,
  available,
  bundleAvailable,
  decideStock,
  emptyStockState,
  findStockLevel,
  formatError,
  validateBundleCatalogue,
  type StockCommand,
} from '../../src/index.js';

// The worked example of docs/inventory.md: the code below mirrors the page, and its printed
// lines must equal the page's `text` block.
function runExample(): string[] {
  const out: string[] = [];
  const catalogue = validateBundleCatalogue([
    {
      sku: 'GIFT-BOX',
      components: [
        { sku: 'MUG', quantity: 2 },
        { sku: 'TEA', quantity: 1 },
      ],
    },
  ]);
  if (!catalogue.ok) throw new Error('catalogue');
  const at = '2025-03-01T09:00:00Z';
  const wms = { kind: 'wms', id: 'wms-par' } as const;
  const router = { kind: 'system', id: 'router' } as const;
  const commands: StockCommand[] = [
    {
      type: 'adjust',
      at,
      actor: wms,
      warehouseId: 'PAR',
      sku: 'MUG',
      delta: 10,
      reasonCode: 'received',
    },
    {
      type: 'adjust',
      at,
      actor: wms,
      warehouseId: 'PAR',
      sku: 'TEA',
      delta: 4,
      reasonCode: 'received',
    },
    { type: 'setSafety', at, actor: wms, warehouseId: 'PAR', sku: 'MUG', safety: 1 },
    {
      type: 'reserve',
      at,
      actor: router,
      orderId: 'O1',
      lineId: 'L1',
      warehouseId: 'PAR',
      sku: 'GIFT-BOX',
      quantity: 3,
    },
    {
      type: 'reserve',
      at,
      actor: router,
      orderId: 'O2',
      lineId: 'L1',
      warehouseId: 'PAR',
      sku: 'MUG',
      quantity: 4,
    },
    {
      type: 'ship',
      at,
      actor: wms,
      orderId: 'O1',
      lineId: 'L1',
      warehouseId: 'PAR',
      sku: 'GIFT-BOX',
      quantity: 1,
    },
    { type: 'count', at, actor: wms, warehouseId: 'PAR', sku: 'MUG', counted: 3 },
  ];
  let state = emptyStockState;
  for (const command of commands) {
    const decided = decideStock(state, command, { catalogue: catalogue.value });
    if (!decided.ok) {
      out.push(`${command.type}: ${formatError(decided.error, 'en')}`);
      continue;
    }
    for (const e of decided.value) out.push(`${e.type} ${JSON.stringify(e.data)}`);
    state = decided.value.reduce(applyStock, state);
  }
  const mug = findStockLevel(state, 'PAR', 'MUG');
  out.push(
    `MUG in PAR: on hand ${mug.onHand}, reserved ${mug.reserved}, available ${available(mug)}`,
  );
  out.push(
    `GIFT-BOX available in PAR: ${bundleAvailable(state, catalogue.value, 'PAR', 'GIFT-BOX')}`,
  );
  return out;
}

it('docs/inventory.md prints what the worked example prints', () => {
  const page = readFileSync(resolve(import.meta.dirname, '../../docs/inventory.md'), 'utf8');
  const block = /## Worked example[\s\S]*?```text\n([\s\S]*?)```/.exec(page)?.[1] ?? '';
  expect(runExample()).toEqual(block.trimEnd().split('\n'));
});
