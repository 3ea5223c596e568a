// The connectors both ingest benchmarks configure: with them, every order plans its WMS, ERP
// and buyer messages (3 outbox messages per order), as a host wired to its systems does.
import type { OmsConnectors } from 'ordokit';
import {
  createFakeErp,
  createFakeMarketplace,
  createFakeNotifier,
  createFakeWms,
} from 'ordokit/memory';

/** Fake WMS, ERP, notifier and the demo's three marketplaces. */
export function benchConnectors(): OmsConnectors {
  return {
    wms: createFakeWms(),
    erp: createFakeErp(),
    marketplaces: {
      lengow: createFakeMarketplace('lengow'),
      mirakl: createFakeMarketplace('mirakl'),
      amazon_sp_api: createFakeMarketplace('amazon_sp_api'),
    },
    notifier: createFakeNotifier(),
  };
}
