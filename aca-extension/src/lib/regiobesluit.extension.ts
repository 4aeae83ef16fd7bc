import { EnvironmentProviders, NgModule, Provider, inject, provideAppInitializer } from '@angular/core';
import { AppConfigService, provideTranslations } from '@alfresco/adf-core';
import { provideExtensionConfig, provideExtensions } from '@alfresco/adf-extensions';
import { VoteTabComponent } from './vote/vote-tab.component';
import { VotePageComponent } from './vote/vote-page.component';
import { RouteStatusBadgeComponent } from './route/route-status-badge.component';
import { ToDecideComponent } from './route/to-decide.component';
import { hasRouteStatus, isVoteDocument } from './rules';
import { withRegiobesluitAspects } from './aspect-visible';

/** Component and rule ids the plugin JSON (assets/regiobesluit.plugin.json) refers to. */
export const RB_COMPONENTS = {
  voteTab: 'rb.components.voteTab',
  votePage: 'rb.components.votePage',
  routeStatus: 'rb.components.routeStatus',
  toDecide: 'rb.components.toDecide'
} as const;

export const RB_RULES = {
  isVoteDocument: 'rb.isVoteDocument',
  hasRouteStatus: 'rb.hasRouteStatus'
} as const;

/**
 * The Regiobesluit extension for the Alfresco Content Application, in ACA's provider style (as its about and
 * folder-rules extensions): the plugin JSON, the translations under assets/regiobesluit/i18n, the components and
 * rules the JSON names, and the user-facing rb: aspects added to "aspect-visible" once the app config is loaded.
 */
export function provideRegiobesluitExtension(): (Provider | EnvironmentProviders)[] {
  return [
    provideTranslations('regiobesluit', 'assets/regiobesluit'),
    provideExtensionConfig(['regiobesluit.plugin.json']),
    provideExtensions({
      components: {
        [RB_COMPONENTS.voteTab]: VoteTabComponent,
        [RB_COMPONENTS.votePage]: VotePageComponent,
        [RB_COMPONENTS.routeStatus]: RouteStatusBadgeComponent,
        [RB_COMPONENTS.toDecide]: ToDecideComponent
      },
      evaluators: {
        [RB_RULES.isVoteDocument]: isVoteDocument,
        [RB_RULES.hasRouteStatus]: hasRouteStatus
      }
    }),
    provideAppInitializer(() => {
      const appConfig = inject(AppConfigService);
      appConfig.onLoad.subscribe(() => {
        appConfig.config = withRegiobesluitAspects(appConfig.config);
      });
    })
  ];
}

/** @deprecated use provideRegiobesluitExtension() (ACA's provider API), kept for NgModule-based shells */
@NgModule({ providers: [...provideRegiobesluitExtension()] })
export class RegiobesluitExtensionModule {}
