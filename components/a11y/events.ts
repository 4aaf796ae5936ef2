import { GuEvent } from '../core/widget/events.js';
import type { A11yPreferences } from './preferences.js';

/** `gu-low-vision-change`: the citizen changed a setting or pressed «Обычная версия»; `detail` is the whole choice. */
export class GuA11yChangeEvent extends GuEvent<A11yPreferences> {
  static readonly eventName = 'gu-low-vision-change';
  constructor(preferences: A11yPreferences) {
    super(GuA11yChangeEvent.eventName, preferences);
  }
}

/** `gu-low-vision-open`: the panel was opened. */
export class GuA11yOpenEvent extends GuEvent {
  static readonly eventName = 'gu-low-vision-open';
  constructor() {
    super(GuA11yOpenEvent.eventName, undefined);
  }
}

/** `gu-low-vision-close`: the panel was closed («Закрыть», Esc, `close()`, its toggle). */
export class GuA11yCloseEvent extends GuEvent {
  static readonly eventName = 'gu-low-vision-close';
  constructor() {
    super(GuA11yCloseEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-low-vision-change': GuA11yChangeEvent;
    'gu-low-vision-open': GuA11yOpenEvent;
    'gu-low-vision-close': GuA11yCloseEvent;
  }
}
