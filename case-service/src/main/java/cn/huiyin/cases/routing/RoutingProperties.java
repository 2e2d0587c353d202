package cn.huiyin.cases.routing;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code huiyin.routing.*}: the lead department of each category (DESIGN.md section 4) and, for
 * infrastructure, the words that make it an electricity matter (供电) rather than a road one.
 */
@ConfigurationProperties("huiyin.routing")
public record RoutingProperties(Map<Category, Department> departments, List<String> powerWords) {

    public RoutingProperties {
        departments = departments == null ? Map.of() : Map.copyOf(departments);
        powerWords = powerWords == null ? List.of() : List.copyOf(powerWords);
    }
}
