// The demo seller's stock, as plain data: three warehouses, what each holds when the day opens,
// the supplier's delivery of the afternoon, and the rules the engine routes, reserves and
// publishes availability with (`createOms({ inventory })`).
import {
  validateBundleCatalogue,
  type AvailabilityPolicy,
  type BundleCatalogue,
  type OmsInventory,
  type RoutingPolicy,
  type StockStore,
  type Warehouse,
} from 'ordokit';
import { bundles } from './catalog.js';

const eur = (amount: string) => ({ amount, currency: 'EUR' }) as const;

/**
 * Paris ranks first, Lyon second; Marseille, a shop's back room, ships only within France and
 * comes last. None of them has everything: brass lamps L and oak sconces are only in Paris,
 * garlands only in Lyon, so an order for a garland and a sconce leaves in two parcels.
 */
export const warehouses: readonly Warehouse[] = [
  {
    warehouseId: 'PAR',
    enabled: true,
    countries: '*',
    capabilities: [],
    priority: 1,
    costPerParcel: eur('6.50'),
  },
  {
    warehouseId: 'LYO',
    enabled: true,
    countries: '*',
    capabilities: [],
    priority: 2,
    costPerParcel: eur('5.90'),
  },
  {
    warehouseId: 'MRS',
    enabled: true,
    countries: ['FR'],
    capabilities: [],
    priority: 3,
    costPerParcel: eur('5.50'),
  },
];

/** Units on the shelves at 06:00, per warehouse and SKU (the kit has no stock of its own). */
export const openingStock: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  PAR: {
    'LAMP-BRASS-S': 160,
    'LAMP-BRASS-L': 130,
    'BULB-E14-2700K': 220,
    'BULB-E27-4000K': 90,
    'SHADE-LINEN-30': 130,
    'CABLE-TEXTILE-3M': 70,
    // Scarce: the morning's orders empty the shelf, the rest waits for the supplier.
    'SCONCE-OAK': 14,
  },
  LYO: {
    'LAMP-BRASS-S': 110,
    'BULB-E14-2700K': 220,
    'BULB-E27-4000K': 90,
    'SHADE-LINEN-30': 130,
    'CABLE-TEXTILE-3M': 70,
    'GARLAND-20': 130,
  },
  MRS: { 'BULB-E14-2700K': 60, 'BULB-E27-4000K': 40, 'CABLE-TEXTILE-3M': 30 },
};

/** Units Paris keeps back for its showroom: never promised to an order or a channel. */
export const safetyStock = { warehouseId: 'PAR', sku: 'LAMP-BRASS-L', safety: 4 } as const;

/** The SKU that runs out, and the supplier's delivery of it at 14:00. */
export const scarce = { sku: 'SCONCE-OAK', warehouseId: 'PAR', receivedAt14: 60 } as const;

/** The SKUs whose published figures the summary follows per channel. */
export const followedSkus = ['SCONCE-OAK', 'GARLAND-20', 'KIT-LAMP-BRASS-S'] as const;

/** Split allowed, two parcels at most, only the missing lines wait. */
export const routing: RoutingPolicy = {
  split: 'allowed',
  maxParcels: 2,
  backorder: 'hold_missing_lines',
};

/**
 * What each channel may sell: Cdiscount (through Lengow) is French and sells Marseille's stock
 * too; Fnac Darty and Amazon sell Paris and Lyon. Buffers hold back units that could sell
 * twice before the next publication.
 */
export const availabilityPolicy: AvailabilityPolicy = {
  mode: 'cruise',
  channels: {
    lengow: {
      warehouses: ['PAR', 'LYO', 'MRS'],
      cruise: { absolute: 1, percent: 5 },
      peak: { absolute: 3, percent: 15 },
    },
    mirakl: {
      warehouses: ['PAR', 'LYO'],
      cruise: { absolute: 0, percent: 0 },
      peak: { absolute: 2, percent: 10 },
    },
    amazon_sp_api: {
      warehouses: ['PAR', 'LYO'],
      cruise: { absolute: 2, percent: 10 },
      peak: { absolute: 5, percent: 20 },
    },
  },
};

/** The kit catalogue, checked once. */
export function createBundleCatalogue(): BundleCatalogue {
  const catalogue = validateBundleCatalogue(bundles);
  if (!catalogue.ok) throw new Error(`demo bundles: ${catalogue.error.code}`);
  return catalogue.value;
}

/** The engine's inventory: the stock store, the warehouses, routing, kits and availability. */
export function createInventory(stock: StockStore, catalogue: BundleCatalogue): OmsInventory {
  return {
    stock,
    warehouses,
    routing,
    bundles: catalogue,
    // A count that finds fewer units than reserved moves the missing ones to another warehouse.
    onDiscrepancy: 'reroute',
    availability: { policy: availabilityPolicy },
  };
}
