/**
 * The part of an availability policy that is wrong: the policy itself, its `mode`, its
 * `channels` map, or, inside one channel's rule, the rule, its `warehouses`, a buffer or a
 * buffer's figure.
 */
export type AvailabilityPolicyField =
  | 'policy'
  | 'mode'
  | 'channels'
  | 'rule'
  | 'warehouses'
  | 'cruise'
  | 'peak'
  | 'cruise.absolute'
  | 'cruise.percent'
  | 'peak.absolute'
  | 'peak.percent';

/**
 * What is wrong with it: absent (`missing`), not the expected kind of value (`wrong_type`),
 * a number outside its range or not whole (`out_of_range`), a percentage with more than two
 * decimals (`too_precise`), no channel or no warehouse (`empty`), a repeated warehouse
 * (`duplicate`), an id or channel code that is not 1 to 128 characters on one line
 * (`invalid_id`), or a field the policy does not have (`unexpected_field`).
 */
export type AvailabilityPolicyReason =
  | 'missing'
  | 'wrong_type'
  | 'out_of_range'
  | 'too_precise'
  | 'empty'
  | 'duplicate'
  | 'invalid_id'
  | 'unexpected_field';

/** The availability policy cannot be used. */
export interface AvailabilityPolicyInvalid {
  readonly code: 'availability/policy_invalid';
  readonly field: AvailabilityPolicyField;
  readonly reason: AvailabilityPolicyReason;
  /** The channel whose rule is wrong (absent when the channel code itself is the problem). */
  readonly channel?: string;
  /** The position of the wrong warehouse in the channel's list. */
  readonly index?: number;
}

/** Every error the availability module returns. */
export type AvailabilityError = AvailabilityPolicyInvalid;
