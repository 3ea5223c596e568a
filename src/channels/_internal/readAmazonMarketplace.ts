/**
 * Amazon's marketplace ids and the readable code ordokit gives each (`amazon_` and the country
 * code of Amazon's table, in lower case: the United Kingdom is `amazon_uk`), from the SP-API
 * documentation page "Marketplace IDs" (developer-docs.amazon.com/sp-api/docs/marketplace-ids).
 */
const marketplaceCodes: Readonly<Record<string, string>> = {
  A2EUQ1WTGCTBG2: 'amazon_ca',
  ATVPDKIKX0DER: 'amazon_us',
  A1AM78C64UM0Y8: 'amazon_mx',
  A2Q3Y263D00KWC: 'amazon_br',
  A28R8C7NBKEWEA: 'amazon_ie',
  A1RKKUPIHCS9HS: 'amazon_es',
  A1F83G8C2ARO7P: 'amazon_uk',
  A13V1IB3VIYZZH: 'amazon_fr',
  AMEN7PMS3EDWL: 'amazon_be',
  A1805IZSGTT6HS: 'amazon_nl',
  A1PA6795UKMFR9: 'amazon_de',
  APJ6JRA9NG5V4: 'amazon_it',
  A2NODRKZP88ZB9: 'amazon_se',
  AE08WJ6YKNBMC: 'amazon_za',
  A1C3SOZRARQ6R3: 'amazon_pl',
  ARBP9OOSHTCHU: 'amazon_eg',
  A33AVAJ2PDY3EV: 'amazon_tr',
  A17E79C6D8DWNP: 'amazon_sa',
  A2VIGQ35RCS4UG: 'amazon_ae',
  A21TJRUUN4KGV: 'amazon_in',
  A19VAU5U5O7RUS: 'amazon_sg',
  A39IBJ37TRP1C6: 'amazon_au',
  A1VC38T7YXB528: 'amazon_jp',
};

/**
 * The marketplaces whose prices are written without tax (sales tax is added at checkout in the
 * United States and Canada); elsewhere prices include tax (VAT, GST). Inferred from how those
 * countries display prices: Amazon's sources do not say it.
 */
const taxExcludedMarketplaces: ReadonlySet<string> = new Set(['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2']);

/** `record[key]` when it is an own string property (never an inherited one). */
function ownText(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The `channelRef.marketplace` of an Amazon order: the host's code for its `MarketplaceId`,
 * else ordokit's (`amazon_fr`), else the id in lower case (a valid slug).
 */
export function readAmazonMarketplace(
  marketplaceId: string,
  overrides: Readonly<Record<string, string>> = {},
): string {
  return (
    ownText(overrides, marketplaceId) ??
    ownText(marketplaceCodes, marketplaceId) ??
    marketplaceId.toLowerCase()
  );
}

/** Whether the amounts of an order on this marketplace include tax (see above). */
export function amazonPricesIncludeTax(marketplaceId: string | undefined): boolean {
  return marketplaceId === undefined || !taxExcludedMarketplaces.has(marketplaceId);
}
