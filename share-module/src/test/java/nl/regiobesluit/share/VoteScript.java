package nl.regiobesluit.share;

import nl.regiobesluit.platform.ContentModel;

import java.nio.charset.StandardCharsets;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;

/**
 * The vote-members control's script, loaded in Rhino as an ES5 engine without a browser: what the tests can call is the
 * pure logic ({@code Regiobesluit.VoteLogic}, here {@code L}). One instance per test; {@link #close()} leaves the context.
 */
final class VoteScript implements AutoCloseable {

    static final String RESOURCE = "META-INF/resources/regiobesluit/components/form/controls/vote-members.js";
    /** Where Share serves it: /share/res/ + the path below META-INF/resources. */
    static final String URL_PATH = "/res/regiobesluit/components/form/controls/vote-members.js";

    private final Context cx;
    private final ScriptableObject scope;

    VoteScript() {
        cx = Context.enter();
        // JavaScript 1.8: no arrow functions, classes or template strings, so what runs here is (at most) ES5.
        cx.setLanguageVersion(Context.VERSION_1_8);
        scope = cx.initStandardObjects();
        cx.evaluateString(scope, source(), "vote-members.js", 1, null);
        cx.evaluateString(scope, "var L = Regiobesluit.VoteLogic;", "setup", 1, null);
    }

    static String source() {
        return new String(ContentModel.bytes(RESOURCE), StandardCharsets.UTF_8);
    }

    /** Makes a Java string a global variable of the script. */
    VoteScript put(String name, String value) {
        ScriptableObject.putProperty(scope, name, value);
        return this;
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
