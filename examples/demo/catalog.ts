// The demo seller's catalogue, buyers and channels: plain data for the order generator.

export interface Product {
  readonly sku: string;
  readonly title: string;
  /** Unit price, tax included, in euro cents. */
  readonly priceCents: number;
}

export const products: readonly Product[] = [
  { sku: 'LAMP-BRASS-S', title: 'Lampe de bureau laiton, petit modèle', priceCents: 3490 },
  { sku: 'LAMP-BRASS-L', title: 'Lampe de bureau laiton, grand modèle', priceCents: 5990 },
  { sku: 'BULB-E14-2700K', title: 'Ampoule LED E14 2700 K', priceCents: 499 },
  { sku: 'BULB-E27-4000K', title: 'Ampoule LED E27 4000 K', priceCents: 649 },
  { sku: 'SHADE-LINEN-30', title: 'Abat-jour lin 30 cm', priceCents: 2490 },
  { sku: 'CABLE-TEXTILE-3M', title: 'Câble textile 3 m', priceCents: 1290 },
  { sku: 'SCONCE-OAK', title: 'Applique murale chêne', priceCents: 7900 },
  { sku: 'GARLAND-20', title: 'Guirlande 20 globes', priceCents: 3999 },
  // A kit: sold as one SKU, picked as its components (see `bundles`).
  { sku: 'KIT-LAMP-BRASS-S', title: 'Kit lampe laiton, abat-jour et ampoules', priceCents: 6490 },
];

/** The kits of the catalogue: what one unit of each holds, all picked in one warehouse. */
export const bundles = [
  {
    sku: 'KIT-LAMP-BRASS-S',
    components: [
      { sku: 'LAMP-BRASS-S', quantity: 1 },
      { sku: 'SHADE-LINEN-30', quantity: 1 },
      { sku: 'BULB-E14-2700K', quantity: 2 },
    ],
  },
] as const;

export interface Place {
  readonly country: string;
  /** The ISO 3166-1 alpha-3 code, as Mirakl writes countries. */
  readonly country3: string;
  readonly city: string;
  readonly postalCode: string;
  readonly street: string;
  readonly phone: string;
}

export const places: readonly Place[] = [
  {
    country: 'FR',
    country3: 'FRA',
    city: 'Lyon',
    postalCode: '69002',
    street: '18 rue des Tanneurs',
    phone: '+33612345678',
  },
  {
    country: 'FR',
    country3: 'FRA',
    city: 'Paris',
    postalCode: '75011',
    street: '4 rue Oberkampf',
    phone: '+33698765432',
  },
  {
    country: 'FR',
    country3: 'FRA',
    city: 'Nantes',
    postalCode: '44000',
    street: '9 quai de la Fosse',
    phone: '+33611223344',
  },
  {
    country: 'FR',
    country3: 'FRA',
    city: 'Ajaccio',
    postalCode: '20000',
    street: '2 cours Napoléon',
    phone: '+33622334455',
  },
  {
    country: 'BE',
    country3: 'BEL',
    city: 'Bruxelles',
    postalCode: '1000',
    street: 'Rue Haute 12',
    phone: '+32470123456',
  },
  {
    country: 'ES',
    country3: 'ESP',
    city: 'Madrid',
    postalCode: '28013',
    street: 'Calle Mayor 5',
    phone: '+34612345678',
  },
  {
    country: 'DE',
    country3: 'DEU',
    city: 'Berlin',
    postalCode: '10115',
    street: 'Invalidenstraße 3',
    phone: '+4915112345678',
  },
];

export const names: readonly string[] = [
  'Camille Durand',
  'Lucas Martin',
  'Inès Bernard',
  'Hugo Petit',
  'Léa Moreau',
  'Noah Lefèvre',
  'Chloé Garcia',
  'Jules Roux',
];

/**
 * The channels of the demo, each speaking its own API: Lengow with Cdiscount behind it, Mirakl
 * for the Fnac Darty operator, and Amazon's Selling Partner API (the channel code its mapper and
 * profile use). Each makes its own order references and line ids.
 */
export interface DemoChannel {
  /** The channel code (`ChannelRef.channel`, the profile's code). */
  readonly code: 'lengow' | 'mirakl' | 'amazon_sp_api';
  /** The marketplace behind it, as the channel names it. */
  readonly marketplace: string;
  readonly ref: (n: number) => string;
  readonly lineId: (ref: string, index: number) => string;
}

export const channels: readonly DemoChannel[] = [
  {
    code: 'amazon_sp_api',
    marketplace: 'amazon_fr',
    ref: (n) => `405-${String(7_000_000 + n * 7919).padStart(7, '0')}-${String(1_000_000 + n)}`,
    lineId: (ref, i) => `${ref.replace(/\D/g, '').slice(-10)}${String(i + 1).padStart(4, '0')}`,
  },
  {
    code: 'lengow',
    marketplace: 'cdiscount',
    ref: (n) => `CD${String(2_611_270_000 + n)}`,
    lineId: (ref, i) => `${ref}-${String(i + 1)}`,
  },
  {
    code: 'mirakl',
    marketplace: 'fnac_darty',
    ref: (n) => `FD${String(90_000_000 + n * 13)}-A`,
    lineId: (ref, i) => `${ref}-${String(i + 1)}`,
  },
];
