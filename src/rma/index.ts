export { rmaStatuses, isRmaStatus } from './statuses.js';
export type { RmaStatus } from './statuses.js';
export { rmaMachine, rmaMachineEventTypes } from './machine.js';
export type { RmaMachineEvent, RmaMachineEventType } from './machine.js';
export { rmaTransitions } from './transitions.js';
