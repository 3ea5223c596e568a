import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type { OrderState, OrderStateSchema } from '../../src/index.js';

type Parsed = z.infer<typeof OrderStateSchema>;

test('OrderStateSchema infers OrderState, and OrderState fits the schema', () => {
  expectTypeOf<Parsed>().toExtend<OrderState>();
  expectTypeOf<OrderState>().toExtend<Parsed>();
});
