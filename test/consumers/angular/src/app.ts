// A portal page in Angular (a standalone component): the element is defined by its package subpath and used in the
// template under CUSTOM_ELEMENTS_SCHEMA. Angular does not check a custom element's bindings there, so the typed use
// is in TypeScript: the element reached through an ElementRef of its class (see wrong-binding.ts).
import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  signal,
  viewChild,
  type AfterViewInit,
  type ElementRef,
} from '@angular/core';
import 'gu-kit/a11y-panel';
import type { A11yPreferences, GuA11yChangeEvent, GuA11yPanel } from 'gu-kit/a11y-panel';

const LARGE: A11yPreferences = {
  fontSize: 'large',
  fontFamily: 'sans',
  scheme: 'default',
  letterSpacing: 'normal',
  lineSpacing: 'normal',
  images: 'on',
};

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Портал на Angular</h1>
      <p role="status">{{ fontSize() ? 'Angular получил выбор: ' + fontSize() : '' }}</p>
      <gu-a11y-panel #panel [preferences]="large" (gu-low-vision-change)="onChange($event)"></gu-a11y-panel>
    </main>
  `,
})
export class App implements AfterViewInit {
  protected readonly large = LARGE;
  protected readonly fontSize = signal('');
  private readonly panel = viewChild.required<ElementRef<GuA11yPanel>>('panel');

  ngAfterViewInit(): void {
    this.panel().nativeElement.open = true;
  }

  protected onChange(event: Event): void {
    this.fontSize.set((event as GuA11yChangeEvent).detail.fontSize);
  }
}
