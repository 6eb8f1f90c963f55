package io.github.mysqlconfigaudit.kubernetes;

import io.github.mysqlconfigaudit.model.Location;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The idle timeout of a cloud load balancer a LoadBalancer Service creates, from its annotations (as the providers
 * document them):
 * AWS classic ELB 60 s unless {@code aws-load-balancer-connection-idle-timeout} says otherwise (seconds),
 * AWS NLB 350 s, Azure 4 minutes unless {@code azure-load-balancer-tcp-idle-timeout} says otherwise
 * (minutes). Without an annotation naming the provider nothing is assumed.
 */
record LoadBalancerIdle(String provider, long millis, String raw, Location at, String fix) {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}");
    private static final Pattern MINUTES = Pattern.compile("\\d{1,6}");

    private static final String AWS = "service.beta.kubernetes.io/aws-load-balancer-";
    private static final String AWS_TYPE = AWS + "type";
    private static final String AWS_IDLE = AWS + "connection-idle-timeout";
    private static final String AZURE = "service.beta.kubernetes.io/azure-load-balancer-";
    private static final String AZURE_IDLE = AZURE + "tcp-idle-timeout";

    static Optional<LoadBalancerIdle> of(ManifestFacts.Service s) {
        Map<String, ManifestFacts.Annotation> a = s.annotations();
        String where = "Service " + s.name() + " (" + s.at().shortForm() + ")";
        Optional<ManifestFacts.Annotation> type = s.annotation(AWS_TYPE);
        if (type.isPresent() && (type.get().value().equals("nlb") || type.get().value().equals("external"))) {
            return Optional.of(new LoadBalancerIdle("AWS NLB", 350_000, "350 s (the NLB TCP idle timeout)",
                    type.get().at(), "an AWS NLB drops idle TCP flows after 350 s: raise the target group's "
                    + "tcp.idle_timeout.seconds, or keep client connections busy (pool keepalive) below 350 s"));
        }
        Optional<ManifestFacts.Annotation> awsIdle = s.annotation(AWS_IDLE);
        if (awsIdle.isPresent() && SECONDS.matcher(awsIdle.get().value()).matches()) {
            long seconds = Long.parseLong(awsIdle.get().value());
            return Optional.of(new LoadBalancerIdle("AWS classic ELB", seconds * 1000, awsIdle.get().value() + " s",
                    awsIdle.get().at(), "raise `" + AWS_IDLE + "` at " + awsIdle.get().at().shortForm()
                    + " (a classic ELB allows up to 4000 s)"));
        }
        Optional<ManifestFacts.Annotation> anyAws = a.entrySet().stream().filter(e -> e.getKey().startsWith(AWS))
                .map(Map.Entry::getValue).findFirst();
        if (anyAws.isPresent()) {
            return Optional.of(new LoadBalancerIdle("AWS classic ELB", 60_000, "60 s (the classic ELB default)",
                    anyAws.get().at(), "add `" + AWS_IDLE + ": \"4000\"` (the most a classic ELB allows) to " + where));
        }
        Optional<ManifestFacts.Annotation> azureIdle = s.annotation(AZURE_IDLE);
        if (azureIdle.isPresent() && MINUTES.matcher(azureIdle.get().value()).matches()) {
            long minutes = Long.parseLong(azureIdle.get().value());
            return Optional.of(new LoadBalancerIdle("Azure load balancer", minutes * 60_000, minutes + " min",
                    azureIdle.get().at(), "raise `" + AZURE_IDLE + "` at " + azureIdle.get().at().shortForm()
                    + " (Azure allows up to 100 minutes)"));
        }
        Optional<ManifestFacts.Annotation> anyAzure = a.entrySet().stream().filter(e -> e.getKey().startsWith(AZURE))
                .map(Map.Entry::getValue).findFirst();
        return anyAzure.map(at -> new LoadBalancerIdle("Azure load balancer", 240_000, "4 min (the Azure default)",
                at.at(), "add `" + AZURE_IDLE + ": \"100\"` (minutes, the most Azure allows) to " + where));
    }
}
