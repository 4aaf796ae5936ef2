// Must NOT type-check (test/consumers/run-angular.ts): `open` is a boolean property, not a string. Under
// CUSTOM_ELEMENTS_SCHEMA Angular's template checker lets `[open]="'yes'"` through, so the check is made here.
import { Component, CUSTOM_ELEMENTS_SCHEMA, viewChild, type AfterViewInit, type ElementRef } from '@angular/core';
import 'gu-kit/a11y-panel';
import type { GuA11yPanel } from 'gu-kit/a11y-panel';

@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<gu-a11y-panel #panel></gu-a11y-panel>`,
})
export class Wrong implements AfterViewInit {
  private readonly panel = viewChild.required<ElementRef<GuA11yPanel>>('panel');

  ngAfterViewInit(): void {
    this.panel().nativeElement.open = 'yes'; // wrong-binding
  }
}
