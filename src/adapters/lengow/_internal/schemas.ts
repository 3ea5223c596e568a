import { z } from 'zod';

/** A page of a Lengow list (documented: `count`, `next`, `previous`, `results`). */
export const LengowPageSchema = z.looseObject({
  next: z.string().nullable().optional(),
  results: z.array(z.unknown()).max(10_000),
});

/** An action as Lengow lists it (documented fields this connector reads). */
export const LengowActionSchema = z.looseObject({
  id: z.union([z.int().min(0), z.string().min(1).max(64)]),
  action_type: z.string().nullish(),
  line: z.union([z.string(), z.number()]).nullish(),
  quantity: z.union([z.int(), z.string()]).nullish(),
  tracking_number: z.string().nullish(),
  queued: z.boolean().nullish(),
  processed: z.boolean().nullish(),
  errors: z.unknown().optional(),
});

/** An action as Lengow lists it. See {@link LengowActionSchema}. */
export type LengowAction = z.infer<typeof LengowActionSchema>;

/** What `POST /v3.0/orders/actions/` answers: the action created (assumption), or a list of them. */
export const CreatedActionSchema = z.union([
  z.looseObject({ id: LengowActionSchema.shape.id }),
  z
    .array(z.looseObject({ id: LengowActionSchema.shape.id }))
    .min(1)
    .max(100),
]);
