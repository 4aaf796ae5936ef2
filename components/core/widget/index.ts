/** How a gu-kit widget is built (docs/widget-anatomy.md): events, localized elements, parts, lazy views, actions, upload queues. */
export { GuEvent, type GuEventOptions } from './events.js';
export { LocalizedElement } from './localized-element.js';
export { WidgetPart } from './widget-part.js';
export { LazyViewsController, type ViewsHost, type ViewsMessages } from './views.js';
export { ActionController, type DescribeFailure } from './action.js';
export {
  UploadQueueController,
  type QueuedUpload,
  type UploadAnnouncements,
  type UploadQueueOptions,
  type UploadRequest,
  type UploadState,
} from './upload-queue.js';
