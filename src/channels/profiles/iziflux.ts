import type { ChannelProfile } from '../profile.js';

/**
 * Iziflux (feed manager, file exchange): no order status is ever exchanged. Orders arrive as
 * lines of an hourly pipe-delimited order file; shipments go back as lines of a shipment file.
 * The statuses below are ordokit's own names for what those files show about a line, all
 * inferred. The only technical source is a 2016 PrestaShop module by a third party; ask Iziflux
 * for its current specification before relying on this profile.
 */
export const izifluxProfile: ChannelProfile = {
  code: 'iziflux',
  name: 'Iziflux',
  kind: 'feed_manager',
  statusField:
    "none in the files: ordokit's name for what the exchange shows about an order line (read in the order file, written to the shipment file)",
  statuses: {
    line_imported: {
      stage: 'accepted',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'A line read from the order file. The module creates the shop order as paid ("payment accepted"); there is no acceptance step in the files.',
    },
    line_imported_fba: {
      stage: 'shipped',
      flags: ['fulfilled_by_marketplace'],
      final: false,
      confidence: 'inferred',
      note: 'A line whose payment label (column 6) contains "FBA": Amazon fulfils it. The module goes as far as marking the order delivered; ordokit only says it left.',
    },
    shipment_exported: {
      stage: 'shipped',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'Every unit of the line written to the shipment file. Whether Iziflux took the file is never reported back.',
    },
    shipment_exported_partially: {
      stage: 'partially_shipped',
      flags: [],
      final: false,
      confidence: 'inferred',
      note: 'Fewer units than ordered written to the shipment file (its last column is a quantity).',
    },
  },
  actions: [
    {
      action: 'ship',
      apiName: 'shipment file flux/sent/prestashop_<account>_<timestamp>.txt',
      allowedAt: ['line_imported', 'shipment_exported_partially'],
      partial: 'quantities',
      asynchronous: true,
      confidence: 'inferred',
      note: 'One pipe-delimited row per shipped line (order, product, marketplace reference, transaction, marketplace, date, carrier, tracking number, note, tracking URL, carrier phone, quantity). That Iziflux pulls the file, and when, is inferred; no result comes back.',
    },
  ],
  prices: { linePrice: 'unit_price', taxIncluded: 'per_order', format: 'decimal_string' },
  countryFormat: 'alpha2',
  lineStatuses: true,
  asynchronousActions: true,
  confidence: 'inferred',
  sources: [
    'IZPS: the Iziflux PrestaShop module by Profileo (2016), vendored in WEPAKdev/MaireRoger@modules/iziflux (utils/IzifluxTools.php, utils/utilsOrderIntegration.php, utils/utilsExport.php, utils/utilsOrderSent.php, classes/OrderIziflux.php)',
    'No public Iziflux API or file specification was found.',
  ],
  notes: [
    'Iziflux exchanges files, not API calls: the shop downloads an hourly order file over plain HTTP (no authentication seen; the account name is in the path) and writes a shipment file. A connector must be a pull-file / push-file adapter.',
    'No status literal exists in either file: the profile names what a line shows (imported, imported as FBA, shipped in full or in part). A status that is not one of these cannot come from Iziflux.',
    'Accept, refuse, cancel, refund and import acknowledgement: none seen in the exchange. Cancellations and refunds made on a marketplace never reach the shop through Iziflux (as far as the module shows).',
    'Delivered and closed are never reported: close orders by carrier tracking or a time rule.',
    'The order file has one row per order line, grouped by the Iziflux order id (column 0); duplicates are skipped by the shop only (pair of order id and marketplace product reference, column 2).',
    "Column 33 is a unit price. When the tax columns (34 product tax, 36 shipping tax) are empty or zero the module treats prices as tax included; otherwise column 33 is read without tax and column 34 as the line's tax. Hence tax per order.",
    'Amounts are text in the file; the decimal separator is not documented (assumed a dot). The currency (column 39) is the ISO 4217 numeric code, not the letters.',
    'The country (column 16, or 27 for the alternative address) is an ISO code when three characters or fewer (alpha-2 assumed, as PrestaShop looks it up), otherwise a country name; "-" means the shop\'s default country.',
    'The placeholder NON-RENSEIGNE stands for an empty field.',
  ],
};
