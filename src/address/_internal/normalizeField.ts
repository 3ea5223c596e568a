import type { AddressField } from '../schema.js';
import { formatPostalCode } from './formatPostalCode.js';
import { findRegion } from './regionLookup.js';
import { collapseWhitespace } from './text.js';

function lowerEmailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
}

/**
 * Normalises one field value for an (already upper-cased) country: whitespace collapsed, and
 * the field's own rule (postal-code layout, region code, email domain in lower case).
 */
export function normalizeField(field: AddressField, value: string, country: string): string {
  const text = collapseWhitespace(value);
  switch (field) {
    case 'country':
      return text.toUpperCase();
    case 'postalCode':
      return formatPostalCode(country, text);
    case 'region':
      return findRegion(country, text)?.code ?? text;
    case 'email':
      return lowerEmailDomain(text);
    default:
      return text;
  }
}
