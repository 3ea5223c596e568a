import { z } from 'zod';
import { parcelStatuses } from '../../parcel/statuses.js';

/** The parcel tracking statuses (the states of the parcel machine), as a zod enum. */
export const ParcelStatusSchema = z.enum(parcelStatuses);
