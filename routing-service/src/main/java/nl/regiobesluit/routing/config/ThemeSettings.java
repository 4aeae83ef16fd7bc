package nl.regiobesluit.routing.config;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.DeadlinePolicy;
import org.springframework.stereotype.Component;

/**
 * The effective settings for a proposal: its theme's overrides on top of the region's defaults,
 * and the proposal's own list of participants when it names one.
 */
@Component
public class ThemeSettings {

    private final RegiobesluitProperties.Region region;

    public ThemeSettings(RegiobesluitProperties properties) {
        this.region = properties.region();
    }

    public CooperationModel cooperationModel(String theme, Object proposalModel) {
        return CooperationModel.parse(proposalModel)
                .or(() -> region.theme(theme).map(RegiobesluitProperties.Theme::cooperationModel))
                .orElse(region.cooperationModel());
    }

    public DeadlinePolicy deadline(String theme) {
        Period period = region.theme(theme).map(RegiobesluitProperties.Theme::deadline).orElse(region.deadline());
        return new DeadlinePolicy(period == null ? DeadlinePolicy.DEFAULT_PERIOD : period);
    }

    /** The proposal's own participants win; else the theme's; else every configured municipality. */
    public List<String> participants(String theme, List<String> onProposal) {
        if (onProposal != null && !onProposal.isEmpty()) {
            return List.copyOf(onProposal);
        }
        return region.theme(theme).map(RegiobesluitProperties.Theme::participants).filter(p -> p != null && !p.isEmpty())
                .map(List::copyOf)
                .orElseGet(() -> new ArrayList<>(region.municipalities().keySet()));
    }

    /** The weighting scheme of the theme's body (A, B, C, D or MUNICIPALITY), else the region's. */
    public String weightingScheme(String theme) {
        return region.theme(theme).map(RegiobesluitProperties.Theme::weightingScheme).filter(s -> s != null && !s.isBlank())
                .orElse(region.weightingScheme());
    }

    /** The decision rule of the theme's body ({@code qualified:0.70} etc.), else the region's. */
    public String decisionRule(String theme) {
        return region.theme(theme).map(RegiobesluitProperties.Theme::decisionRule).filter(s -> s != null && !s.isBlank())
                .orElse(region.decisionRule());
    }

    public RegiobesluitProperties.Municipality municipality(String name) {
        RegiobesluitProperties.Municipality m = region.municipalities().get(name);
        if (m == null) {
            throw new IllegalStateException("Municipality '" + name + "' is not configured under regiobesluit.region.municipalities");
        }
        return m;
    }
}
