import { ApplicationConfig, importProvidersFrom } from '@angular/core';
import { provideAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withHashLocation } from '@angular/router';
import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { AuthGuard, LoginComponent, provideAppConfig, provideCoreAuth, provideI18N } from '@alfresco/adf-core';
import { SHELL_APP_SERVICE, SHELL_AUTH_TOKEN, provideShellRoutes } from '@alfresco/adf-core/shell';
import { AppService, provideContentAppExtensions } from '@alfresco/aca-shared';
import { CONTENT_LAYOUT_ROUTES, ContentServiceExtensionModule } from '@alfresco/aca-content';
import { provideRegiobesluitExtension } from '@regiobesluit/aca-extension';

registerLocaleData(localeNl);

/**
 * The smallest ACA shell that loads aca-content and the Regiobesluit extension, following ACA's own app project
 * (app/src/app/app.config.ts of alfresco-content-app): content services, ACA's extensions and layout routes, and
 * ADF's login page. ACA's optional extensions (about, folder rules, MS Office) are left out.
 */
export const appConfig: ApplicationConfig = {
  providers: [
    provideCoreAuth({ useHash: true }),
    provideAppConfig(),
    importProvidersFrom(ContentServiceExtensionModule),
    provideI18N({ assets: [['app', 'assets']] }),
    provideContentAppExtensions(),
    provideRegiobesluitExtension(),
    provideRouter([{ path: 'login', component: LoginComponent, data: { title: 'APP.SIGN_IN' } }], withHashLocation()),
    provideAnimations(),
    provideShellRoutes(CONTENT_LAYOUT_ROUTES),
    { provide: SHELL_APP_SERVICE, useClass: AppService },
    { provide: SHELL_AUTH_TOKEN, useValue: AuthGuard }
  ]
};
