/**
 * The `channelRef` of a mapped order, without `marketplace` when the payload names none.
 *
 * @param channel - the channel code
 * @param channelOrderRef - the channel's order reference
 * @param marketplace - the marketplace code, when known
 * @returns the reference, ready for `parseOrder`
 */
export function writeChannelRef(
  channel: string,
  channelOrderRef: string,
  marketplace: string | undefined,
) {
  return { channel, channelOrderRef, ...(marketplace === undefined ? {} : { marketplace }) };
}
