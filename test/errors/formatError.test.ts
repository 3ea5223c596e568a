import { describe, expect, it } from 'vitest';
import {
  formatError,
  parseMoney,
  parseOrder,
  validateAddress,
  validateTotals,
} from '../../src/index.js';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

/** Products 100 + shipping 6 (wrongly, 5 was meant) + tax 0 − discount 1 = 105 ≠ 104. */
function lampOrder(): Record<string, unknown> {
  return {
    orderId: 'ord_1',
    tenantId: 'tenant-a',
    channelRef: { channel: 'cdiscount', channelOrderRef: '2503011234ABCD' },
    placedAt: '2025-03-01T09:30:00Z',
    currency: 'EUR',
    buyer: {},
    shippingAddress: {
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      city: 'Paris',
      country: 'FR',
    },
    lines: [
      {
        lineId: 'L1',
        sku: 'LAMP-1',
        title: 'Lamp',
        quantities: {
          ordered: 1,
          cancelled: 0,
          allocated: 0,
          shipped: 0,
          delivered: 0,
          returned: 0,
          refunded: 0,
        },
        lineTotal: eur('100.00'),
        tax: eur('0.00'),
      },
    ],
    totals: {
      pricesIncludeTax: false,
      taxRounding: 'line',
      products: eur('100.00'),
      shipping: eur('6.00'),
      tax: eur('0.00'),
      discount: eur('1.00'),
      grandTotal: eur('104.00'),
      paid: eur('104.00'),
    },
  };
}

describe('formatError', () => {
  it('renders a money error in English and French', () => {
    const result = parseMoney('12,50', 'EUR');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatError(result.error, 'en')).toBe(
      'The amount "12,50" is not valid: it is not a decimal number. Send a plain decimal such as "12.50".',
    );
    expect(formatError(result.error, 'fr')).toBe(
      "Le montant « 12,50 » n'est pas valide : ce n'est pas un nombre décimal. Envoyez un nombre décimal avec un point, sans exposant, par exemple « 12.50 ».",
    );
  });

  it('renders address issues in English and French', () => {
    const result = validateAddress({
      name: 'Jeanne Martin',
      line1: '10 rue de Rivoli',
      postalCode: '98000',
      city: 'Paris',
      country: 'FR',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.error;
    expect(issue).toBeDefined();
    if (issue === undefined) return;
    expect(formatError(issue, 'en')).toBe(
      'Postal code "98000" belongs to Monaco (MC), not France (FR). Set the country to MC or correct the postal code.',
    );
    expect(formatError(issue, 'fr')).toBe(
      'Le code postal « 98000 » est un code de Monaco (MC), pas de France (FR). Indiquez le pays MC ou corrigez le code postal.',
    );
    expect(formatError({ code: 'address/email_invalid', path: ['email'], email: 'x' })).toBe(
      'Email address "x" is not valid. Enter an address such as name@example.com.',
    );
  });

  it('renders order issues in English and French', () => {
    const result = validateTotals(lampOrder());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.error;
    if (issue === undefined) return;
    expect(formatError(issue, 'en')).toBe(
      'Grand total is 104.00 EUR but products + shipping + taxes − discounts make 105.00 EUR (difference −1.00 EUR). Check the shipping amount (it could also be the discount).',
    );
    expect(formatError(issue, 'fr')).toBe(
      'Le total de la commande est de 104,00 EUR mais produits + livraison + taxes − remises donnent 105,00 EUR (écart −1,00 EUR). Vérifiez les frais de livraison (ce peut aussi être la remise).',
    );
    expect(
      formatError({ code: 'order/line_price_missing', path: ['lines', 0], lineId: 'L1' }, 'fr'),
    ).toBe(
      "La ligne « L1 » n'a ni prix unitaire ni total de ligne. Renseignez au moins l'un des deux dans la mise en correspondance du canal.",
    );
  });

  it('renders schema issues in English and French, without quoting the input', () => {
    const result = parseOrder({ ...lampOrder(), placedAt: 'yesterday' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    const [issue] = result.error;
    if (issue === undefined) return;
    expect(formatError(issue, 'en')).toBe(
      'The field placedAt is invalid: expected an ISO 8601 date-time with seconds and a time zone (Z or +01:00), received a string of 9 characters. Fix the channel mapping for this field.',
    );
    expect(formatError(issue, 'fr')).toBe(
      'Le champ placedAt est invalide. Attendu : une date-heure ISO 8601 avec secondes et fuseau (Z ou +01:00) ; reçu : un texte de 9 caractères. Corrigez la mise en correspondance de ce champ avec le canal.',
    );
  });

  it('renders in English by default', () => {
    expect(formatError({ code: 'money/currency_unknown', currency: '"HRK"' })).toBe(
      'The currency "HRK" is not an active ISO 4217 code. Use an upper-case code such as EUR.',
    );
  });
});
