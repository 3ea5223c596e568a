import type { ChannelProfile } from '../profile.js';
import { lengowProfile } from './lengow.js';
import { shoppingFeedProfile } from './shoppingFeed.js';
import { beezupProfile } from './beezup.js';
import { channableProfile } from './channable.js';
import { miraklProfile } from './mirakl.js';
import { amazonSpApiProfile } from './amazonSpApi.js';
import { shippingboProfile } from './shippingbo.js';
import { izifluxProfile } from './iziflux.js';
import { odooProfile } from './odoo.js';

/** Every profile ordokit ships, by code. */
export const channelProfiles: Readonly<Record<string, ChannelProfile>> = {
  [lengowProfile.code]: lengowProfile,
  [shoppingFeedProfile.code]: shoppingFeedProfile,
  [beezupProfile.code]: beezupProfile,
  [channableProfile.code]: channableProfile,
  [miraklProfile.code]: miraklProfile,
  [amazonSpApiProfile.code]: amazonSpApiProfile,
  [shippingboProfile.code]: shippingboProfile,
  [izifluxProfile.code]: izifluxProfile,
  [odooProfile.code]: odooProfile,
};
