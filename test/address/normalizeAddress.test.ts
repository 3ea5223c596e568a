import { describe, expect, it } from 'vitest';
import { normalizeAddress, type Address } from '../../src/index.js';

const base: Address = { name: 'A B', line1: '1 Main Street', city: 'Town', country: 'FR' };

describe('normalizeAddress', () => {
  it('trims, collapses whitespace and drops empty optional fields', () => {
    expect(
      normalizeAddress({
        name: '  Jeanne \t Martin\n',
        company: '   ',
        line1: '10\u00a0rue  de   Rivoli',
        line2: '',
        city: ' Paris ',
        country: ' fr ',
      }),
    ).toEqual({ name: 'Jeanne Martin', line1: '10 rue de Rivoli', city: 'Paris', country: 'FR' });
  });

  it.each([
    ['FR', '75 001', '75001'],
    ['FR', ' 75001 ', '75001'],
    ['PT', '1234567', '1234-567'],
    ['PT', '1234 567', '1234-567'],
    ['PL', '12345', '12-345'],
    ['PL', '12 345', '12-345'],
    ['GB', 'sw1a1aa', 'SW1A 1AA'],
    ['GB', 'EC1Y  8SY', 'EC1Y 8SY'],
    ['GB', 'gir0aa', 'GIR 0AA'],
    ['GB', 'bfpo61', 'BFPO 61'],
    ['CA', 'h3z2y7', 'H3Z 2Y7'],
    ['NL', '1234ab', '1234 AB'],
    ['SE', '114 55', '11455'],
    ['SE', 'SE-114 55', '11455'],
    ['IE', 'a65f4e2', 'A65 F4E2'],
    ['US', '12345 6789', '12345-6789'],
    ['US', '123456789', '12345-6789'],
    ['LU', 'L-4750', '4750'],
    ['CH', 'CH-1211', '1211'],
    ['MC', 'MC-98000', '98000'],
    ['DE', 'DE-10115', '10115'],
    ['AD', 'ad 100', 'AD100'],
    ['JP', ' 100-0001 ', '100-0001'],
    ['FR', '7500', '7500'],
    ['PT', 'abc', 'ABC'],
  ])('%s postal code %j → %j', (country, postalCode, expected) => {
    expect(normalizeAddress({ ...base, country, postalCode }).postalCode).toBe(expected);
  });

  it.each([
    ['US', 'california', 'CA'],
    ['US', 'New  York', 'NY'],
    ['CA', 'Québec', 'QC'],
    ['CA', 'quebec', 'QC'],
    ['CA', 'PQ', 'QC'],
    ['ES', 'Madrid', 'M'],
    ['ES', 'A Coruña', 'C'],
    ['ES', 'la coruna', 'C'],
    ['IT', 'Roma', 'RM'],
    ['IT', 'mi', 'MI'],
    ['FR', 'Île-de-France', 'Île-de-France'],
    ['US', 'Atlantis', 'Atlantis'],
  ])('%s region %j → %j', (country, region, expected) => {
    expect(normalizeAddress({ ...base, country, region }).region).toBe(expected);
  });

  it('lower-cases the email domain only and leaves the phone as typed', () => {
    const address = normalizeAddress({
      ...base,
      email: ' Jeanne.M@Example.FR ',
      phone: ' 06 12 34 56 78 ',
    });
    expect(address.email).toBe('Jeanne.M@example.fr');
    expect(address.phone).toBe('06 12 34 56 78');
  });

  it('returns a new object and leaves its input alone', () => {
    const input: Address = { ...base, name: ' x ' };
    const output = normalizeAddress(input);
    expect(output).not.toBe(input);
    expect(input.name).toBe(' x ');
  });
});
