/**
 * Every look of core/theme/looks/, for the kit's build (build/compact-templates.ts writes each one out as text where
 * it is used). Components import a look from its own module, so a widget loads only the looks it draws.
 */
export * from './buttons.js';
export * from './close-button.js';
export * from './field.js';
export * from './row.js';
export * from './status-badge.js';
export * from './part.js';
export * from './frame.js';
export * from './qr.js';
