# Two threads each wait in a blocking recv for the other to send first (rule T9): nothing is
# in flight and no wait has a timeout, so the program would hang for ever; the run reports
# the deadlock (exit status 3).
import socket
import threading

a, b = socket.socketpair()


def talk(sock, name):
    print(name, "waits")
    data = sock.recv(10)
    print(name, "got", data)


t = threading.Thread(target=talk, args=(a, "left"))
t.start()
talk(b, "right")
t.join()
