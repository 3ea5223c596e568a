export { parcelStatuses, isParcelStatus } from './statuses.js';
export type { ParcelStatus } from './statuses.js';
export { parcelMachine } from './machine.js';
export type { ParcelMachineEvent } from './machine.js';
export { parcelTransitions } from './transitions.js';
