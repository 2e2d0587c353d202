package cn.huiyin.chassis.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.NettyTransportSettings;
import com.mongodb.connection.TransportSettings;

import io.netty.buffer.ByteBuf;

import org.junit.jupiter.api.Test;

class MongoTransportConfigurationTest {

    @Test
    void theDriverEncodesCommandsIntoHeapBuffersInsteadOfNettysDirectOnes() {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .transportSettings(TransportSettings.nettyBuilder().build()); // as Spring Boot's customizer leaves it

        new MongoTransportConfiguration().huiyinMongoHeapBuffers().customize(settings);

        NettyTransportSettings transport = (NettyTransportSettings) settings.build().getTransportSettings();
        ByteBuf buffer = transport.getAllocator().buffer(256);
        try {
            assertThat(buffer.hasArray()).isTrue();
            assertThat(buffer.isDirect()).isFalse();
        } finally {
            buffer.release();
        }
    }
}
