/**
 * What <gu-login> needs once the citizen interacts, loaded right after the first render (not part of it): the API
 * client, identifier detection and validation, the core messages, the locale-bound texts and the end of a flow.
 */
export { createIdentityApi, toAuthorization } from './api.js';
export { detectIdentifier } from './identifier.js';
export { coreMessages, validationMessage } from '../core/i18n/index.js';
export { completeFlow, reportFailure, signInWithSession } from './flow-end.js';
export { loginText } from './text.js';
