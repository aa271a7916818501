// What a portal does with the library: check a procedure under the
// agency's policy, compute an appointment date, and handle an error.
// Run (see tests/hosts.sh): java -cp .:jna.jar Example <repo root>
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

public final class Example {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../../..");
        String policy = Files.readString(root.resolve("examples/policy.json"), StandardCharsets.UTF_8);
        String document = Files.readString(root.resolve("examples/documents/qt-dang-ky-khai-sinh.json"), StandardCharsets.UTF_8);

        try (Iso9001.Checker checker = new Iso9001.Checker(policy, Iso9001.VI)) {
            Map<String, Object> report = MiniJson.object(checker.checkDocument(document, "2026-11-22", Iso9001.VI));
            Map<String, Object> summary = (Map<String, Object>) report.get("summary");
            System.out.printf("Lỗi: %d, cảnh báo: %d, đạt: %s%n",
                    ((Double) summary.get("errors")).intValue(), ((Double) summary.get("warnings")).intValue(),
                    Boolean.TRUE.equals(report.get("passed")) ? "True" : "False");
            List<Object> findings = (List<Object>) report.get("findings");
            for (Object o : findings.subList(0, Math.min(3, findings.size()))) {
                Map<String, Object> f = (Map<String, Object>) o;
                System.out.printf("  %s %s: %s%n", f.get("rule"), f.get("pointer"), f.get("message"));
            }
        }

        try (Iso9001.Calendar calendar = new Iso9001.Calendar(null, Iso9001.VI)) {
            String q = "{\"kind\":\"due\",\"received\":\"2026-02-12T16:10\",\"limit\":{\"value\":5,\"unit\":\"workingDays\"}}";
            Map<String, Object> due = MiniJson.object(calendar.query(q, Iso9001.VI));
            System.out.printf("Ngày hẹn trả: %s%n", ((Map<String, Object>) due.get("appointment")).get("dueDate"));
        }

        try {
            Iso9001.clause("11.4", null, Iso9001.VI);
        } catch (Iso9001.Iso9001Exception e) {
            System.out.printf("Lỗi %s: %s%n", e.code, e.getMessage());
        }
    }
}
