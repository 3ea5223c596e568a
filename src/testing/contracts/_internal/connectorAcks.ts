import type { z } from 'zod';
import { LabelAckSchema, PreparationAckSchema, SaleAckSchema } from '../../../ports/index.js';

/** What a connector method answers, as the contract reads it. */
export interface AckSpec {
  /** Its name in messages: `'PreparationAck'`, or `'nothing'` for `void`. */
  readonly name: string;
  /** The shape the engine can use; absent when the answer is not read (`void`). */
  readonly schema?: z.ZodType;
  /**
   * What tells two acks apart when two effects must give two things (two documents, two
   * labels), with its name for messages.
   */
  readonly identity?: { readonly name: string; readonly of: (ack: unknown) => string };
}

/** `PreparationAck`: the warehouse that prepares the order is required. */
export const preparationAckSpec: AckSpec = {
  name: 'PreparationAck',
  schema: PreparationAckSchema,
};

const saleAck = SaleAckSchema;

/** `SaleAck`: a document kind and a non-empty number; two sales make two documents. */
export const saleAckSpec: AckSpec = {
  name: 'SaleAck',
  schema: saleAck,
  identity: {
    name: 'document',
    of: (ack) => {
      const { kind, number } = saleAck.parse(ack);
      return `${kind} ${number}`;
    },
  },
};

const labelAck = LabelAckSchema;

/** `LabelAck`: a carrier and a tracking the order schemas accept; two labels, two numbers. */
export const labelAckSpec: AckSpec = {
  name: 'LabelAck',
  schema: labelAck,
  identity: { name: 'tracking number', of: (ack) => labelAck.parse(ack).tracking.number },
};

/** `void`: the engine reads nothing from the answer. */
export const noAckSpec: AckSpec = { name: 'nothing' };
