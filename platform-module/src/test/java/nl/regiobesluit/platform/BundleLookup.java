package nl.regiobesluit.platform;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resolves a label the way Alfresco and Share do: java.util.ResourceBundle's default lookup, which (Alfresco's
 * MessageServiceImpl and Surf's I18N both call ResourceBundle.getBundle) tries the requested locale, then the JVM's
 * default locale, and only then the base bundle.
 */
public final class BundleLookup {

    private BundleLookup() {
    }

    /** The label of {@code key} for a request in {@code requested} on a server whose JVM runs in {@code serverDefault}. */
    public static synchronized String label(String baseName, String key, Locale requested, Locale serverDefault) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(serverDefault);
            ResourceBundle.clearCache(BundleLookup.class.getClassLoader());
            return ResourceBundle.getBundle(baseName, requested, BundleLookup.class.getClassLoader()).getString(key);
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(BundleLookup.class.getClassLoader());
        }
    }
}
