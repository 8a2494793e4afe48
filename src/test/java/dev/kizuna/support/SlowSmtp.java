package dev.kizuna.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server for tests that takes its time over each message (as a real one over a network does), so that an
 * instance can be killed in the middle of sending, and that records which client sent each message: the name the
 * client gives in EHLO ({@code mail.smtp.localhost}).
 */
public final class SlowSmtp implements AutoCloseable {

    /** A message received: the sender's EHLO name, the recipient and the Subject line. */
    public record Message(String client, String to, String subject, long receivedAtNanos) {
    }

    private final ServerSocket socket;
    private final Duration delay;
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    public SlowSmtp(Duration delay) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.delay = delay;
        Thread.ofVirtual().start(this::accept);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); Writer out = new OutputStreamWriter(client.getOutputStream(),
                StandardCharsets.UTF_8)) {
            reply(out, "220 slow-smtp ready");
            String name = "";
            String to = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> {
                        name = line.substring(4).strip();
                        reply(out, "250 slow-smtp");
                    }
                    case "RCPT" -> {
                        to = line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1");
                        reply(out, "250 ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with .");
                        String subject = "";
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            if (subject.isEmpty() && data.startsWith("Subject: ")) {
                                subject = data.substring(9);
                            }
                        }
                        Thread.sleep(delay);
                        messages.add(new Message(name, to, subject, System.nanoTime()));
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away (killed)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A mail sender for tests pointing at {@code port} on this machine, giving up on a dead server in 2 s. */
    public static org.springframework.mail.javamail.JavaMailSenderImpl sender(int port) {
        var sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    /** A port nothing listens on: a mail server that is down. */
    public static int closedPort() throws IOException {
        try (var free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
