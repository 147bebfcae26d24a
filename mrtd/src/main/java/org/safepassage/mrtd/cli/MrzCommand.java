package org.safepassage.mrtd.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import tools.jackson.databind.node.ObjectNode;
import org.safepassage.mrtd.mrz.MrzData;
import org.safepassage.mrtd.mrz.MrzReader;
import org.safepassage.mrtd.mrz.MrzReading;
import org.safepassage.mrtd.report.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mrz LINE1 LINE2 [LINE3]}: reads and checks a printed MRZ. */
@Command(name = "mrz", mixinStandardHelpOptions = true,
        description = {"Reads an MRZ (TD1, TD2, TD3, MRV-A, MRV-B) and checks its format and check digits.",
                "Prints the report as JSON. Exit code: 0 when every MRZ check passes, 1 when one fails, 3 usage error."})
final class MrzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LINE", description = "the MRZ lines (quote them: '<' is special to the shell)")
    List<String> lines = new ArrayList<>();

    @Override
    public Integer call() {
        if (lines.size() > 3) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "an MRZ has at most 3 lines, " + lines.size() + " given");
        }
        MrzReading reading = MrzReader.read(lines, null);
        Verdict verdict = reading.allPassed() ? Verdict.VALID : Verdict.INVALID;
        ObjectNode root = ReportJson.object();
        root.put("verdict", verdict.name());
        root.set("checks", ReportJson.checks(reading.checks()));
        var failed = root.putArray("failedChecks");
        reading.failures().forEach(c -> failed.add(c.id()));
        root.put("format", reading.format() == null ? null : reading.format().name());
        MrzData d = reading.data();
        if (d != null) {
            ObjectNode f = root.putObject("fields");
            f.put("documentCode", d.documentCode());
            f.put("issuingState", d.issuingState());
            f.put("surname", d.surname());
            f.put("givenNames", d.givenNames());
            f.put("documentNumber", d.documentNumber());
            f.put("nationality", d.nationality());
            f.put("dateOfBirth", d.dateOfBirth() != null ? d.dateOfBirth().toString() : d.dateOfBirthRaw());
            f.put("sex", d.sex());
            f.put("dateOfExpiry", d.dateOfExpiry() != null ? d.dateOfExpiry().toString() : d.dateOfExpiryRaw());
            f.put("optionalData1", d.optionalData1());
            f.put("optionalData2", d.optionalData2());
        }
        spec.commandLine().getOut().println(ReportJson.write(root));
        spec.commandLine().getOut().flush();
        return reading.allPassed() ? MrtdCli.EXIT_VALID : MrtdCli.EXIT_INVALID;
    }
}
