package dev.codestages.codedeploy.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The program a Java handler runs in, in a {@code java} process of its own: {@code JavaHandlerMain CODE HANDLER}
 * with the event JSON on standard input. It loads the handler's class from {@code CODE} (a folder of compiled
 * classes with the jars in it and in its {@code lib/}, as a Lambda .zip holds them, or one .jar) in a class loader
 * that sees nothing of codestages, and calls the method the handler names: {@code package.Class::method}, or
 * {@code package.Class} for {@code handleRequest}, the two formats of the Lambda Java handler page
 * (https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html). The method is static or on an instance made
 * with the class's no-argument constructor, and takes:
 * <ul>
 * <li>the event as {@code String} (the event must be a JSON string), {@code Map}, {@code List}, {@code Object},
 *     {@code Integer}, {@code Long}, {@code Double} or {@code Boolean}, read from the JSON; or {@code InputStream}
 *     and {@code OutputStream}, as a {@code RequestStreamHandler}, whose output is the answer;</li>
 * <li>optionally a {@code com.amazonaws.services.lambda.runtime.Context}: a local stand-in (request id, function
 *     name and version, a logger on standard error) when aws-lambda-java-core is in the code, else null.</li>
 * </ul>
 * The return value goes to standard output as JSON (strings, numbers, booleans, maps, lists, arrays, null);
 * whatever the handler prints goes to standard error, its log. A handler that throws answers Lambda's error
 * shape, {@code {"errorMessage": ..., "errorType": ...}}, and the process ends with the exception (exit status 1).
 * Other input or return types (POJOs, events of aws-lambda-java-events) are not played and fail with the reason.
 */
public final class JavaHandlerMain {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    private JavaHandlerMain() {
    }

    public static void main(String[] args) throws Throwable {
        PrintStream answer = System.out;
        System.setOut(System.err);
        byte[] event = System.in.readAllBytes();
        Path code = Path.of(args[0]);
        String handler = args[1];
        int colons = handler.indexOf("::");
        String className = colons < 0 ? handler : handler.substring(0, colons);
        String methodName = colons < 0 ? "handleRequest" : handler.substring(colons + 2);
        try (URLClassLoader loader = new URLClassLoader(classpath(code), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> type;
            try {
                type = Class.forName(className, true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("Class not found: " + className + " (in " + code + ")");
            }
            Method method = method(type, methodName);
            Object target = Modifier.isStatic(method.getModifiers()) ? null : type.getConstructor().newInstance();
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            Object[] arguments = arguments(method, event, streamed);
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                Throwable error = e.getCause();
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("errorMessage", String.valueOf(error.getMessage()));
                shape.put("errorType", error.getClass().getName());
                answer.println(json(shape));
                answer.flush();
                throw error;
            }
            if (method.getParameterCount() >= 2 && method.getParameterTypes()[1] == OutputStream.class) {
                answer.write(streamed.toByteArray());
            } else {
                answer.println(json(result));
            }
            answer.flush();
        }
    }

    /** The folder (or jar), the jars in it and in its lib/, as Lambda puts a .zip's classes and jars on the classpath. */
    private static URL[] classpath(Path code) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(code.toUri().toURL());
        if (Files.isDirectory(code)) {
            for (Path folder : List.of(code, code.resolve("lib"))) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                            urls.add(jar.toUri().toURL());
                        }
                    }
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** The public method {@code name}, not a bridge; of several, the one with the most parameters. */
    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && !m.isSynthetic() && m.getParameterCount() <= 3)
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new IllegalArgumentException("No public method named " + name + " with at most 3"
                        + " parameters in " + type.getName()));
    }

    private static Object[] arguments(Method method, byte[] event, OutputStream streamed) throws IOException {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == InputStream.class && i == 0) {
                arguments[i] = new ByteArrayInputStream(event);
            } else if (type == OutputStream.class && i == 1) {
                arguments[i] = streamed;
            } else if (i == 0) {
                arguments[i] = input(type, event);
            } else if (type.getName().equals(CONTEXT)) {
                arguments[i] = type.isInterface() ? context(type) : null;
            } else {
                throw new IllegalArgumentException("the handler's parameter " + (i + 1) + " is a " + type.getName()
                        + "; after the event a handler takes a " + CONTEXT);
            }
        }
        return arguments;
    }

    /** The event as the handler's input type, read from its JSON. */
    private static Object input(Class<?> type, byte[] event) throws IOException {
        Object value;
        try (JsonParser parser = JSON.createParser(event)) {
            JsonToken first = parser.nextToken();
            value = first == null ? null : read(parser, first);
        }
        if (value == null) {
            return null;
        }
        if (type == String.class && !(value instanceof String)) {
            throw new IllegalArgumentException("the handler takes a String, but the event is not a JSON string;"
                    + " take a Map (or an InputStream) for a JSON object");
        }
        if ((type == Integer.class || type == int.class) && value instanceof Number number) {
            return number.intValue();
        }
        if ((type == Long.class || type == long.class) && value instanceof Number number) {
            return number.longValue();
        }
        if ((type == Double.class || type == double.class) && value instanceof Number number) {
            return number.doubleValue();
        }
        if ((type == Boolean.class || type == boolean.class) && value instanceof Boolean) {
            return value;
        }
        if (List.of(String.class, Map.class, List.class, Object.class).contains(type) && type.isInstance(value)) {
            return value;
        }
        throw new IllegalArgumentException("the handler's input type " + type.getName() + " is not played locally"
                + " for this event (String, Map, List, Object, Integer, Long, Double, Boolean and InputStream are)");
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, read(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    list.add(read(parser, item));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    private static String json(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, value);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String || value instanceof Character || value instanceof Enum<?>) {
            json.writeString(value instanceof Enum<?> e ? e.name() : value.toString());
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Object[] items) {
            write(json, Arrays.asList(items));
        } else {
            throw new IllegalArgumentException("the handler returned a " + value.getClass().getName() + ", which is"
                    + " not played locally (String, Number, Boolean, Map, List, arrays and null are)");
        }
    }

    /** A stand-in Context: the request id, function name and version, the time left, a logger on standard error. */
    private static Object context(Class<?> type) {
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        String requestId = UUID.randomUUID().toString();
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getAwsRequestId" -> requestId;
                    case "getFunctionName" -> function;
                    case "getFunctionVersion" -> System.getenv("AWS_LAMBDA_FUNCTION_VERSION");
                    case "getInvokedFunctionArn" -> "arn:aws:lambda:local:000000000000:function:" + function;
                    case "getLogGroupName" -> "/aws/lambda/" + function;
                    case "getLogStreamName" -> "local";
                    case "getRemainingTimeInMillis" -> 900_000;
                    case "getMemoryLimitInMB" -> 128;
                    case "getLogger" -> logger(method.getReturnType());
                    case "toString" -> "local Context " + requestId;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> zero(method.getReturnType());
                });
    }

    private static Object logger(Class<?> type) {
        if (!type.isInterface()) {
            return null;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("log") && args != null && args.length > 0) {
                System.err.println(args[0] instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : args[0]);
                return null;
            }
            return switch (method.getName()) {
                case "toString" -> "local LambdaLogger";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> zero(method.getReturnType());
            };
        });
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? (Object) 0L : type == int.class ? (Object) 0 : type == short.class
                    ? (Object) (short) 0 : (Object) (byte) 0;
        }
        if (type == double.class || type == float.class) {
            return type == double.class ? (Object) 0.0 : (Object) 0.0f;
        }
        return type == char.class ? (Object) '\0' : null;
    }
}
