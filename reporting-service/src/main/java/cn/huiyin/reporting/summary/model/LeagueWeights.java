package cn.huiyin.reporting.summary.model;

/**
 * The weights of the league table's composite (三率): the composite is the weighted mean of the rates a county
 * has, so a county with no callback yet is rated on its response alone. Weights need not add up to 1.
 */
public record LeagueWeights(double response, double resolution, double satisfaction) {

    /** Resolution and satisfaction count double the response, as the citizen's word weighs more. */
    public static final LeagueWeights DEFAULT = new LeagueWeights(0.2, 0.4, 0.4);

    public LeagueWeights {
        if (response < 0 || resolution < 0 || satisfaction < 0 || response + resolution + satisfaction <= 0) {
            throw new IllegalArgumentException("league weights must not be negative and must not all be zero: "
                    + response + ", " + resolution + ", " + satisfaction);
        }
    }

    /** The weighted mean of the rates given (null ones left out); null when none is given. */
    Double composite(Double responseRate, Double resolutionRate, Double satisfactionRate) {
        double sum = 0;
        double weights = 0;
        if (responseRate != null) {
            sum += response * responseRate;
            weights += response;
        }
        if (resolutionRate != null) {
            sum += resolution * resolutionRate;
            weights += resolution;
        }
        if (satisfactionRate != null) {
            sum += satisfaction * satisfactionRate;
            weights += satisfaction;
        }
        return weights == 0 ? null : sum / weights;
    }
}
