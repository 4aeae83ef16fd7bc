import { EnvironmentProviders, Provider, inject, provideAppInitializer } from '@angular/core';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import nl from '../../assets/i18n/nl.json';
import en from '../../assets/i18n/en.json';

/** The extension's own translations, Dutch unless told otherwise. */
export function provideTestTranslations(lang: 'nl' | 'en' = 'nl'): (Provider | EnvironmentProviders)[] {
  return [
    provideTranslateService({ fallbackLang: lang }),
    provideAppInitializer(() => {
      const t = inject(TranslateService);
      t.setTranslation('nl', nl);
      t.setTranslation('en', en);
      t.use(lang);
    })
  ];
}
