package org.spacecoop.app.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.spacecoop.core.analysis.Measure;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "betweenness" → {@link Measure#BETWEENNESS}, any case; a usage error otherwise. */
final class MeasureConverter implements ITypeConverter<Measure> {

    static final String CHOICES = "degree, betweenness, closeness, pagerank";

    @Override
    public Measure convert(String value) {
        return Measure.fromId(value).orElseThrow(() -> new TypeConversionException(
                "unknown measure '" + value + "' (choose " + Arrays.stream(Measure.values()).map(Measure::id)
                        .collect(Collectors.joining(", ")) + ")"));
    }
}
