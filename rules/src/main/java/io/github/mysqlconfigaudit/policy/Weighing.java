package io.github.mysqlconfigaudit.policy;

import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.Sorted;
import io.github.mysqlconfigaudit.model.Suppression;
import io.github.mysqlconfigaudit.rule.Finding;
import io.github.mysqlconfigaudit.rule.RuleContext;
import io.github.mysqlconfigaudit.rule.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy step: severities from the policy, then inline suppressions and waivers take findings out,
 * the policy step's own checks ({@code unused-suppression}, {@code waiver-expired}: internal, not an extension
 * point) speak about suppressions and waivers themselves, and the baseline tells old findings from new ones.
 */
public final class Weighing {

    private Weighing() {
    }

    /** A finding taken out by an inline suppression ({@code inSource}) or a waiver ({@code external}). */
    public record Suppressed(Finding finding, String kind, String justification, Location where) {
    }

    /**
     * @param findings  what counts, sorted; baselined ones included
     * @param baselined fingerprints of findings the baseline already accepts
     * @param fixed     baseline entries no longer found (the baseline can shrink)
     */
    public record Result(List<Finding> findings, List<Suppressed> suppressed, Set<String> baselined,
                         List<Baseline.Entry> fixed) {
    }

    private static final RuleDescriptor UNUSED_SUPPRESSION = RuleDescriptor.of(UnusedSuppression.class);
    private static final RuleDescriptor WAIVER_EXPIRED = RuleDescriptor.of(WaiverExpired.class);

    /** The metadata of the policy step's own checks, documented and configured like rules. */
    public static List<RuleDescriptor> checks() {
        return List.of(UNUSED_SUPPRESSION, WAIVER_EXPIRED);
    }

    public static Result weigh(List<Finding> raw, List<Suppression> suppressions, Policy policy,
                               Optional<Baseline> baseline, LocalDate today) {
        Map<Suppression.Covered, Suppression> inlineByCovered = firstWithAReason(suppressions);
        // a finding's waiver is one of its rule's: the others are not tried (a waiver matches by path glob)
        Map<String, List<Waiver>> waiversInForce = policy.waivers().stream().filter(w -> !w.expiredOn(today))
                .collect(Collectors.groupingBy(Waiver::ruleId));
        Set<Suppression> used = new HashSet<>();
        List<Finding> active = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding f : policy.withSeverities(raw)) {
            Suppression inline = inlineByCovered.get(Suppression.Covered.of(f.ruleId(), f.location()));
            if (inline != null) {
                used.add(inline);
                suppressed.add(new Suppressed(f, "inSource", inline.reason(), inline.comment()));
                continue;
            }
            Optional<Waiver> waiver = waiversInForce.getOrDefault(f.ruleId(), List.of()).stream().filter(w -> w.covers(f))
                    .findFirst();
            if (waiver.isPresent()) {
                suppressed.add(new Suppressed(f, "external", waiver.get().reason(), waiver.get().where()));
                continue;
            }
            active.add(f);
        }

        List<Finding> meta = new ArrayList<>();
        List<Suppression> ordered = suppressions.stream().sorted(Comparator.comparing(Suppression::comment)).toList();
        contextFor(UNUSED_SUPPRESSION, policy, meta)
                .ifPresent(ctx -> new UnusedSuppression().check(ordered, used, ctx));
        contextFor(WAIVER_EXPIRED, policy, meta)
                .ifPresent(ctx -> new WaiverExpired().check(policy.waivers(), today, ctx));
        active.addAll(policy.withSeverities(meta));
        // each list sorted once, here (the findings were sorted once more before they were weighed)
        active = Sorted.of(active, Comparator.naturalOrder());
        List<Suppressed> suppressedInOrder = Sorted.of(suppressed, Comparator.comparing(Suppressed::finding));
        if (baseline.isEmpty()) {
            return new Result(active, suppressedInOrder, new LinkedHashSet<>(), List.of());
        }

        Set<String> accepted = baseline.get().fingerprints();
        Set<String> current = new LinkedHashSet<>();
        active.forEach(f -> current.add(f.fingerprint()));
        Set<String> baselined = new LinkedHashSet<>(current);
        baselined.retainAll(accepted);
        List<Baseline.Entry> fixed = baseline.get().entries().stream()
                .filter(e -> !current.contains(e.fingerprint())).toList();
        return new Result(active, suppressedInOrder, baselined, fixed);
    }

    /**
     * Of the suppressions with a reason, the first (in the given order) for each rule, file and line: one look-up a
     * finding (walking every suppression for every finding grows with the square of the tree).
     */
    private static Map<Suppression.Covered, Suppression> firstWithAReason(List<Suppression> suppressions) {
        Map<Suppression.Covered, Suppression> first = new HashMap<>();
        for (Suppression s : suppressions) {
            if (s.hasReason()) {
                first.putIfAbsent(s.covered(), s);
            }
        }
        return first;
    }

    /** Where a check of the policy step reports, when the policy leaves it enabled. */
    private static Optional<RuleContext> contextFor(RuleDescriptor d, Policy policy, List<Finding> sink) {
        return policy.enabled(d.id()) ? Optional.of(new RuleContext(d, policy.parametersOf(d.id()), sink))
                : Optional.empty();
    }
}
