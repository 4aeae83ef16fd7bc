package nl.regiobesluit.routing.mail;

import static nl.regiobesluit.model.RbModel.*;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.regiobesluit.criteria.evaluation.ReportText;
import nl.regiobesluit.criteria.evaluation.Words;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.events.Trigger;
import nl.regiobesluit.shared.Fraction;
import nl.regiobesluit.shared.Problem;
import org.springframework.stereotype.Component;

/**
 * Every e-mail the route sends, rendered from a FreeMarker template in {@code classpath:/mail/} (Alfresco renders its
 * own e-mails from FreeMarker templates too). A template's first line is the subject, then one empty line, then the
 * body: Dutch first, English below, with the words for stored codes from the bundle {@code mail/mail-words} (English
 * base, {@code _nl} Dutch), so neither half shows a code. Both languages are read explicitly, never through the JVM's
 * default locale ({@code ResourceBundle.Control#getFallbackLocale} would otherwise make the English half Dutch on a
 * Dutch server).
 */
@Component
public class MailTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String WORDS = "mail.mail-words";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String shareUrl;
    private final String regionName;
    private final Configuration templates;
    private final ResourceBundle nl = ResourceBundle.getBundle(WORDS, DUTCH, NO_FALLBACK);
    private final ResourceBundle en = ResourceBundle.getBundle(WORDS, Locale.ROOT, NO_FALLBACK);
    private final ReportText ruleWords = ReportText.load();

    public MailTexts(RegiobesluitProperties properties) {
        this.shareUrl = properties.shareUrl();
        this.regionName = properties.region().name();
        this.templates = new Configuration(Configuration.VERSION_2_3_34);
        templates.setClassForTemplateLoading(MailTexts.class, "/mail");
        templates.setDefaultEncoding("UTF-8");
        // A missing value is a bug in this class, never something to send half-rendered.
        templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        templates.setLogTemplateExceptions(false);
    }

    /** The node's details page in Share. */
    public String link(String nodeId) {
        return shareUrl + "/page/document-details?nodeRef=workspace://SpacesStore/" + nodeId;
    }

    /** Nieuw voorstel: {@code committee} when a regional body advises before the councils decide. */
    public OutgoingMail announcement(String to, RepoNode proposal, OffsetDateTime deadline, List<String> participants,
                                     boolean committee) {
        Map<String, Object> m = base();
        m.put("proposal", proposalName(proposal));
        m.put("participants", String.join(", ", participants));
        m.put("deadline", date(deadline));
        m.put("proposalLink", link(proposal.id()));
        m.put("committee", committee);
        return render("announcement.ftl", "announce:" + proposal.id(), to, m);
    }

    /** Ter besluitvorming: {@code advice} is null where no regional body advises; {@code decisionId} is the council's own node. */
    public OutgoingMail toCouncil(String to, String municipality, RepoNode proposal, RepoNode advice, String decisionId,
                                  OffsetDateTime deadline) {
        Map<String, Object> m = base();
        m.put("municipality", municipality);
        m.put("proposal", proposalName(proposal));
        m.put("advice", advice == null ? words("advice.none") : code("advice", advice.text(PROP_ADVICE_KIND)));
        m.put("vote", vote(advice));
        m.put("deadline", date(deadline));
        m.put("decisionLink", link(decisionId));
        m.put("proposalLink", link(proposal.id()));
        return render("council.ftl", councilMail(proposal.id(), municipality), to, m);
    }

    /** What the council's "Ter besluitvorming" mail is about: one per proposal and council. */
    public static String councilMail(String proposalId, String municipality) {
        return "dispatch:" + proposalId + ":" + municipality;
    }

    /** Termijn verstreken. */
    public OutgoingMail escalation(String to, RepoNode proposal, OffsetDateTime deadline, List<String> pending) {
        Map<String, Object> m = base();
        m.put("proposal", proposalName(proposal));
        m.put("deadline", date(deadline));
        m.put("pending", pending.isEmpty() ? "-" : String.join(", ", pending));
        m.put("proposalLink", link(proposal.id()));
        return render("escalation.ftl", "escalate:" + proposal.id(), to, m);
    }

    /** Geweigerde wijziging: what the user tried is named by the step the change would have taken. */
    public OutgoingMail refused(String key, String to, String user, String nodeId, Trigger.Step step) {
        Map<String, Object> m = base();
        m.put("user", user == null || user.isBlank() ? words("unknown.user") : both("\"" + user + "\""));
        m.put("what", words("step." + (step == null ? Trigger.Step.IGNORE : step).name()));
        m.put("link", link(nodeId));
        return render("refused.ftl", "refused:" + key, to, m);
    }

    /** A vote that could not be (re)computed: its votes are invalid, or the record is finalized and may not change. */
    public OutgoingMail voteNotProcessed(String key, String to, RepoNode node, List<Problem> why) {
        Map<String, Object> m = base();
        m.put("document", displayName(node));
        String nodeId = node.id();
        m.put("why", Map.of("nl", String.join("; ", why.stream().map(Problem::inDutch).toList()),
                "en", String.join("; ", why.stream().map(Problem::inEnglish).toList())));
        m.put("link", link(nodeId));
        return render("vote-not-processed.ftl", "vote:" + key, to, m);
    }

    /**
     * A mail of another step (the joint arrangements' routes, {@code nl.regiobesluit.routing.arrangement}) from its own
     * template in {@code classpath:/mail/}, with the region's name added to the model as for every other mail.
     */
    public OutgoingMail compose(String template, String key, String to, Map<String, Object> model) {
        Map<String, Object> m = base();
        m.putAll(model);
        return render(template, key, to, m);
    }

    /** A date in both languages ({@code nl}, {@code en}), as every mail shows it ("19 november 2014" / "19 November 2014"). */
    public static Map<String, String> dateInWords(OffsetDateTime d) {
        return date(d);
    }

    /** A document by its title (cm:title), else by its file name without the extension. */
    public static String displayName(RepoNode node) {
        String title = node.text("cm:title");
        if (title != null && !title.isBlank()) {
            return title;
        }
        return node.name() == null ? node.id() : node.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    }

    /** The proposal by its number and title (cm:title, else its file name without the extension). */
    static String proposalName(RepoNode proposal) {
        String number = proposal.text(PROP_PROPOSAL_NUMBER);
        String title = displayName(proposal);
        if (number == null || number.isBlank()) {
            return "\"" + title + "\"";
        }
        // A title that already names the number ("Voorstel RV-2014-019") is not preceded by it a second time.
        return title.isBlank() ? number : title.contains(number) ? "\"" + title + "\"" : number + " \"" + title + "\"";
    }

    /** The vote of the regiocommissie in one line, from the result the service stored on the advice. */
    private Map<String, String> vote(RepoNode advice) {
        if (advice == null || advice.bool(PROP_RESULT_PASSED) == null) {
            return words("vote.none");
        }
        Words rule = ruleWords.rule(advice.text(PROP_RESULT_RULE));
        Fraction yes = fraction(advice.text(PROP_RESULT_YES_SHARE));
        String passed = Boolean.TRUE.equals(advice.bool(PROP_RESULT_PASSED)) ? "vote.passed" : "vote.rejected";
        return Map.of(
                "nl", MessageFormat.format(nl.getString("vote.line"), nl.getString(passed), percent(yes, DUTCH), rule.nl()),
                "en", MessageFormat.format(en.getString("vote.line"), en.getString(passed), percent(yes, Locale.ENGLISH), rule.en()));
    }

    /** The stored exact yes share (the service wrote it); shown as "-" should someone have made it unreadable. */
    private static Fraction fraction(String stored) {
        try {
            return stored == null ? null : Fraction.parse(stored);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String percent(Fraction f, Locale locale) {
        return f == null ? "-" : ReportText.percent(f, locale);
    }

    private Map<String, Object> base() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", regionName);
        return m;
    }

    private Map<String, String> words(String key) {
        return Map.of("nl", nl.getString(key), "en", en.getString(key));
    }

    /** The words for a stored code; a value the bundle does not know is shown as it was stored. */
    private Map<String, String> code(String prefix, String value) {
        String key = prefix + "." + (value == null ? "" : value.trim());
        return en.containsKey(key) ? words(key) : both(value == null ? "-" : value);
    }

    private static Map<String, String> both(String text) {
        return Map.of("nl", text, "en", text);
    }

    private static Map<String, String> date(OffsetDateTime d) {
        return d == null ? both("-") : Map.of("nl", NL.format(d.atZoneSameInstant(ZONE)), "en", EN.format(d.atZoneSameInstant(ZONE)));
    }

    private OutgoingMail render(String template, String key, String to, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            Template t = templates.getTemplate(template);
            t.process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("mail template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("mail template " + template + ": " + e.getMessage(), e);
        }
        String text = out.toString().stripLeading();
        int end = text.indexOf('\n');
        if (end < 0 || !text.startsWith("\n", end + 1)) {
            throw new IllegalStateException("mail template " + template + " must start with a subject line and an empty line");
        }
        return new OutgoingMail(key, to, text.substring(0, end).strip(), text.substring(end + 2));
    }
}
