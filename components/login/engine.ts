/**
 * What <gu-login> needs once the citizen interacts, loaded right after the first render (not part of it): the API
 * client, identifier detection and validation, the core messages.
 */
export { createIdentityApi, flowPath, toAuthorization } from './api.js';
export { detectIdentifier } from './identifier.js';
export { isApiError } from '../core/api/index.js';
export { coreMessages, validationMessage } from '../core/i18n/index.js';
export { inTimeEn, inTimeRu, outcomesEn, outcomesRu } from './locales/outcomes.js';
export { GuLoginRecoveredEvent, GuLoginRegisteredEvent, GuLoginSignedInEvent } from './events.js';
export { problemText } from './problem-text.js';
