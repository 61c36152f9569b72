package org.spacecoop.core.interop;

import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import org.spacecoop.core.model.Entity;

/** Layout positions to write into formats that hold them; {@link #NONE} when the graph has not been laid out. */
public interface Positions {

    Positions NONE = new Positions() {
        @Override
        public boolean has(Entity e) {
            return false;
        }

        @Override
        public double x(Entity e) {
            return Double.NaN;
        }

        @Override
        public double y(Entity e) {
            return Double.NaN;
        }
    };

    /** Whether this vertex has a (finite) position. */
    default boolean has(Entity e) {
        return Double.isFinite(x(e)) && Double.isFinite(y(e));
    }

    double x(Entity e);

    double y(Entity e);

    /** Positions from coordinate functions. */
    static Positions of(ToDoubleFunction<Entity> x, ToDoubleFunction<Entity> y) {
        return new Positions() {
            @Override
            public double x(Entity e) {
                return x.applyAsDouble(e);
            }

            @Override
            public double y(Entity e) {
                return y.applyAsDouble(e);
            }
        };
    }

    /** Positions from arrays indexed by vertex index (a negative index means the vertex has no position). */
    static Positions of(double[] x, double[] y, ToIntFunction<Entity> index) {
        return of(e -> at(x, index.applyAsInt(e)), e -> at(y, index.applyAsInt(e)));
    }

    private static double at(double[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : Double.NaN;
    }
}
