import { Component, ViewEncapsulation, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { MatIconRegistry } from '@angular/material/icon';
import { AppService } from '@alfresco/aca-shared';

/** The shell's root, as ACA's own app project: the app service starts ACA, the router shows its layout. */
@Component({
  selector: 'app-root',
  standalone: true,
  imports: [RouterOutlet],
  template: '<router-outlet />',
  encapsulation: ViewEncapsulation.None
})
export class AppComponent {
  constructor() {
    inject(AppService).init();
    inject(MatIconRegistry).setDefaultFontSetClass('material-icons-outlined');
  }
}
