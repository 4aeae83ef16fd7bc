import { RB } from './model';

/**
 * The aspects staff may add or remove (ADF's AspectListService offers only those listed under app.config.json's
 * "aspect-visible"): the same ones Share offers in Manage aspects (share-module share-config-custom.xml).
 * rb:voteResult and rb:modelCriteria are written by the routing service alone and are not offered. rb:toetsingskader
 * is offered: staff answer its questions; its computed fields are read-only in the metadata preset.
 */
export const USER_FACING_ASPECTS: readonly string[] = [
  RB.ASPECT_ROUTED,
  RB.ASPECT_VOTES,
  RB.ASPECT_ARCHIVAL,
  RB.ASPECT_TOETSINGSKADER
];
export const SERVICE_OWNED_ASPECTS: readonly string[] = [RB.ASPECT_VOTE_RESULT, RB.ASPECT_MODEL_CRITERIA];

/** The app config with a "regiobesluit" group in "aspect-visible" (other groups untouched). */
export function withRegiobesluitAspects<T extends Record<string, any>>(config: T): T {
  const visible = { ...(config['aspect-visible'] ?? {}) };
  visible['regiobesluit'] = [...USER_FACING_ASPECTS];
  return { ...config, 'aspect-visible': visible };
}
