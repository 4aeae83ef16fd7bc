package nl.regiobesluit.share;

import java.nio.charset.StandardCharsets;

import nl.regiobesluit.platform.ContentModel;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;

/**
 * The document-library actions' script (regiobesluit-actions.js) in Rhino, without a browser: Share's YAHOO and Alfresco
 * objects are absent, so only the pure parts run ({@code Regiobesluit.RecordVote} as {@code R},
 * {@code Regiobesluit.Finalize} as {@code F}). One instance per test; {@link #close()} leaves the context.
 */
final class ActionScript implements AutoCloseable {

    private final Context cx;
    private final ScriptableObject scope;

    ActionScript() {
        this("");
    }

    /** With a prelude that runs first, e.g. stand-ins for Share's YAHOO and Alfresco so that the browser wiring runs too. */
    ActionScript(String prelude) {
        cx = Context.enter();
        // JavaScript 1.8: what runs here is (at most) ES5, as Share serves the file unchanged to every browser.
        cx.setLanguageVersion(Context.VERSION_1_8);
        scope = cx.initStandardObjects();
        cx.evaluateString(scope, prelude, "prelude", 1, null);
        cx.evaluateString(scope, source(), "regiobesluit-actions.js", 1, null);
        cx.evaluateString(scope, "var R = Regiobesluit.RecordVote, F = Regiobesluit.Finalize;", "setup", 1, null);
    }

    static String source() {
        return new String(ContentModel.bytes(ShareConfig.ACTIONS_SCRIPT), StandardCharsets.UTF_8);
    }

    /** Evaluates JavaScript and returns the result as a string. */
    String eval(String js) {
        return Context.toString(cx.evaluateString(scope, js, "test", 1, null));
    }

    /** Evaluates JavaScript and returns the result as JSON. */
    String json(String js) {
        return eval("JSON.stringify(" + js + ")");
    }

    @Override
    public void close() {
        Context.exit();
    }
}
