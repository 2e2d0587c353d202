package cn.huiyin.chassis.mongo;

import com.mongodb.connection.TransportSettings;

import io.netty.buffer.UnpooledByteBufAllocator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The reactive driver's Netty transport (which Spring Boot chooses when Netty is on the classpath) with heap buffers.
 * On Netty's default direct buffers the driver encodes every string of a command byte by byte through a
 * little-endian wrapper; on heap buffers it writes into the array. Bulk writes of the read model spent a third of
 * reporting-service's CPU in that loop.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration")
@ConditionalOnClass({ TransportSettings.class, UnpooledByteBufAllocator.class })
@ConditionalOnProperty(name = "huiyin.mongo.heap-buffers", matchIfMissing = true)
public class MongoTransportConfiguration {

    /** After Spring Boot's own Netty customizer, whose settings this replaces. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer huiyinMongoHeapBuffers() {
        return settings -> settings.transportSettings(TransportSettings.nettyBuilder()
                .allocator(new UnpooledByteBufAllocator(false)).build());
    }
}
