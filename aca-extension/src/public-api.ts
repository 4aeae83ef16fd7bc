/*
 * Public API of the Regiobesluit extension for the Alfresco Content Application.
 */
export * from './lib/model';
export * from './lib/regiobesluit.extension';
export * from './lib/regiobesluit-api.service';
export * from './lib/aspect-visible';
export * from './lib/rules';
export * from './lib/vote/composition';
export * from './lib/vote/vote-selection';
export * from './lib/vote/vote-result';
export * from './lib/vote/vote-tab.component';
export * from './lib/vote/vote-page.component';
export * from './lib/route/route-status';
export * from './lib/route/route-status-badge.component';
export * from './lib/route/to-decide.component';
