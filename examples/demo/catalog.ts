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
];

export interface Place {
  readonly country: string;
  readonly city: string;
  readonly postalCode: string;
  readonly street: string;
  readonly phone: string;
}

export const places: readonly Place[] = [
  {
    country: 'FR',
    city: 'Lyon',
    postalCode: '69002',
    street: '18 rue des Tanneurs',
    phone: '+33612345678',
  },
  {
    country: 'FR',
    city: 'Paris',
    postalCode: '75011',
    street: '4 rue Oberkampf',
    phone: '+33698765432',
  },
  {
    country: 'FR',
    city: 'Nantes',
    postalCode: '44000',
    street: '9 quai de la Fosse',
    phone: '+33611223344',
  },
  {
    country: 'FR',
    city: 'Ajaccio',
    postalCode: '20000',
    street: '2 cours Napoléon',
    phone: '+33622334455',
  },
  {
    country: 'BE',
    city: 'Bruxelles',
    postalCode: '1000',
    street: 'Rue Haute 12',
    phone: '+32470123456',
  },
  {
    country: 'ES',
    city: 'Madrid',
    postalCode: '28013',
    street: 'Calle Mayor 5',
    phone: '+34612345678',
  },
  {
    country: 'DE',
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

/** The channels of the demo: their order reference format and whether they need acceptance. */
export interface DemoChannel {
  readonly code: string;
  readonly marketplace?: string;
  readonly needsAcceptance: boolean;
  readonly ref: (n: number) => string;
}

export const channels: readonly DemoChannel[] = [
  {
    code: 'amazon',
    marketplace: 'amazon.fr',
    needsAcceptance: false,
    ref: (n) => `405-${String(7_000_000 + n * 7919).padStart(7, '0')}-${String(1_000_000 + n)}`,
  },
  {
    code: 'cdiscount',
    needsAcceptance: true,
    ref: (n) => `CD${String(2_611_270_000 + n)}`,
  },
  {
    code: 'manomano',
    needsAcceptance: true,
    ref: (n) => `M${String(90_000_000 + n * 13)}`,
  },
];
