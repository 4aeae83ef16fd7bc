// The shape of an ACA 8 plugin file, composed from the TypeScript declarations that @alfresco/adf-extensions,
// @alfresco/aca-shared and @alfresco/adf-content-services ship in node_modules. Not part of the extension:
// test/plugin-schema.mjs turns `AcaPluginFile` into a JSON schema at test time (ts-json-schema-generator), adjusts the
// few keys listed there, and test/plugin.test.mjs validates the plugin files with ajv, ours and ACA's own.
//
// ADF's ExtensionConfig types `features` as `{ [key: string]: any }`. What each feature path holds is fixed by how ACA
// reads it: AppExtensionService.setup() in @alfresco/aca-shared (fesm2022/alfresco-aca-shared.mjs) calls
// ExtensionLoaderService.getElements<T>() / getContentActions() per path and types the result with the element types
// used here.
import type {
  ContentActionRef,
  DocumentListPresetRef,
  ExtensionConfig,
  ExtensionElement,
  IconRef,
  NavBarGroupRef,
  SidebarTabRef,
  ViewerExtensionRef
} from '@alfresco/adf-extensions';
import type { Badge, UserProfileSection, ViewerRules } from '@alfresco/aca-shared';
import type { LayoutOrientedConfigItem } from '@alfresco/adf-content-services';

/** A plugin file: ADF's ExtensionConfig with the features ACA reads; `$schema` is the editor hint plugin files carry. */
export interface AcaPluginFile extends ExtensionConfig {
  $schema?: string;
  features?: AcaFeatures;
}

/** `features.*` as AppExtensionService.setup()/loadNavBar()/getDocumentListPreset()/loadContentMetadata()/loadSearchForms() read them. */
export interface AcaFeatures {
  header?: ContentActionRef[];
  create?: ContentActionRef[];
  toolbar?: ContentActionRef[];
  contextMenu?: ContentActionRef[];
  'bulk-actions'?: ContentActionRef[];
  customMetadataPanels?: ContentActionRef[];
  navbar?: NavBarGroupRef[];
  badges?: Badge[];
  userProfileSections?: UserProfileSection[];
  icons?: IconRef[];
  sidebar?: {
    tabs?: SidebarTabRef[];
    toolbar?: ContentActionRef[];
  };
  viewer?: {
    toolbarActions?: ContentActionRef[];
    openWith?: ContentActionRef[];
    /** read by adf-extensions' AppExtensionService as `features.viewer.extensions` */
    extensions?: ViewerExtensionRef[];
    rules?: ViewerRules;
    shared?: { toolbarActions?: ContentActionRef[] };
  };
  /** getDocumentListPreset(config, key) reads `features.documentList.<key>` */
  documentList?: { [list: string]: DocumentListPresetRef[] };
  /** loadContentMetadata(): merged by id into the app config's `content-metadata.presets` */
  'content-metadata-presets'?: MetadataPreset[];
  /**
   * loadSearchForms(): merged by id into the app config's `search`. Only the element is checked: ADF's
   * SearchConfiguration declares keys required that ACA's own search forms leave out (categories' `expanded`).
   */
  search?: ExtensionElement[];
}

/**
 * One element of `content-metadata-presets`: an extension element whose `custom` preset is a layout (ADF's
 * LayoutOrientedConfig: blocks of LayoutOrientedConfigItem). ACA merges blocks and items by id, so they carry an id;
 * ADF's layout-oriented config reads `includeAll`/`exclude` on a block as well (ACA's own app.extensions.json has
 * such a block, without title and items).
 */
export interface MetadataPreset extends ExtensionElement {
  custom?: MetadataBlock[];
}

export interface MetadataBlock extends ExtensionElement {
  title?: string;
  items?: MetadataItem[];
  includeAll?: boolean;
  exclude?: string | string[];
}

export interface MetadataItem extends LayoutOrientedConfigItem {
  id?: string;
}
